package io.worklane.it.support;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one packaged Worklane server for a whole test class (starting one costs several seconds)
 * and stops it afterwards. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WorklaneServerExtension worklane = WorklaneServerExtension.withAdminKey(AdminKeys.random());
 * }</pre>
 *
 * The data directory is deleted after a clean stop; the server log stays in {@code target/it-work}.
 */
public final class WorklaneServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final String adminKey;
    private Path classDir;
    private WorklaneServer server;

    private WorklaneServerExtension(String adminKey) {
        this.adminKey = adminKey;
    }

    /** A server whose instance administrator key is {@code adminKey} (WORKLANE_BOOTSTRAP_ADMIN_KEY). */
    public static WorklaneServerExtension withAdminKey(String adminKey) {
        return new WorklaneServerExtension(adminKey);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classDir = ItDirectories.fresh(context.getRequiredTestClass().getSimpleName());
        server = WorklaneServer.start(classDir.resolve("data"), adminKey);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
            System.out.println("[it] server log of " + context.getRequiredTestClass().getSimpleName() + ": "
                    + server.logFile());
            ItDirectories.deleteQuietly(server.dataDir());
        }
    }

    public WorklaneServer server() {
        return server;
    }

    public URI baseUri() {
        return server.baseUri();
    }

    public String adminKey() {
        return adminKey;
    }

    /** A REST + GraphQL client authenticated with the instance administrator key. */
    public Worklane asAdmin() {
        return Worklane.connect(baseUri(), adminKey);
    }
}

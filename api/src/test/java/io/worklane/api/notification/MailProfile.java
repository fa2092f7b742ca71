package io.worklane.api.notification;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.worklane.api.signin.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * People sign in (as in every test) and notification mail is on, sent through the SMTP gate to GreenMail,
 * on a fast retry schedule with a short timeout. The ports are chosen once per test JVM.
 */
public class MailProfile implements QuarkusTestProfile {
    static final int GATE_PORT = freePort();
    static final int SMTP_PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> c = new HashMap<>();
        c.put("quarkus.oidc.tenant-enabled", "true");
        c.put("quarkus.oidc.public-key", Tokens.publicKeyBase64());
        c.put("quarkus.oidc.token.issuer", io.worklane.api.signin.Tokens.ISSUER);
        c.put("quarkus.mailer.host", "127.0.0.1");
        c.put("quarkus.mailer.port", String.valueOf(GATE_PORT));
        c.put("quarkus.mailer.from", "worklane@test.example");
        c.put("quarkus.mailer.keep-alive", "false");
        c.put("worklane.notifications.mail.enabled", "true");
        c.put("worklane.notifications.mail.poll-interval", "200ms");
        c.put("worklane.notifications.mail.retry-schedule", "0s,300ms,300ms");
        c.put("worklane.notifications.mail.timeout", "2s");
        c.put("worklane.notifications.mail.lease", "10s");
        return c;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

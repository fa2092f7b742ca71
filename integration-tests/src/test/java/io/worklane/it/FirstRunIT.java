package io.worklane.it;

import static io.worklane.it.support.Worklane.workspace;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.worklane.client.model.Workspace;
import io.worklane.client.model.WorkspaceList;
import io.worklane.it.support.Http;
import io.worklane.it.support.HttpProblem;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.StopAfterFirstFailure;
import io.worklane.it.support.Worklane;
import io.worklane.it.support.WorklaneServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator sees the first time they run the packaged server with nothing configured: an
 * embedded database, a generated administrator key handed over in a private file, no anonymous
 * access, and data and key that survive a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(StopAfterFirstFailure.class)
class FirstRunIT {
    private Path classDir;
    private WorklaneServer server;
    private String generatedKey;
    private Workspace createdBeforeRestart;

    @BeforeAll
    void startWithoutAnyConfiguration() {
        classDir = ItDirectories.fresh(FirstRunIT.class.getSimpleName());
        // a log file configured as an operator might: the generated key must reach the console only
        server = WorklaneServer.start(classDir.resolve("data"), null, java.util.Map.of(
                "QUARKUS_LOG_FILE_ENABLED", "true",
                "QUARKUS_LOG_FILE_PATH", logFile().toString()));
    }

    private Path logFile() {
        return classDir.resolve("worklane-file.log");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
            System.out.println("[it] FirstRunIT server logs are in " + classDir);
            ItDirectories.deleteQuietly(server.dataDir());
        }
    }

    @Test
    @Order(1)
    @DisplayName("the first start generates an admin key into <data dir>/admin-api-key, readable by its owner only")
    void generatesTheAdminKeyIntoAPrivateFile() throws Exception {
        Path keyFile = server.adminKeyFile();

        assertThat(keyFile).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(Set.of(OWNER_READ, OWNER_WRITE));
        generatedKey = Files.readString(keyFile, StandardCharsets.UTF_8).trim();
        assertThat(generatedKey).startsWith("wl_").hasSizeGreaterThanOrEqualTo(32).doesNotContainAnyWhitespaces();
    }

    @Test
    @Order(1)
    @DisplayName("the generated key is printed once to the console, never to the log file; the secrets key is private")
    void theKeyGoesToTheConsoleNotToTheLogFile() throws Exception {
        String key = Files.readString(server.adminKeyFile(), StandardCharsets.UTF_8).trim();
        assertThat(Files.readString(server.logFile(), StandardCharsets.UTF_8)).as("the console")
                .containsOnlyOnce(key);
        assertThat(logFile()).as("the configured log file").isRegularFile();
        assertThat(Files.readString(logFile(), StandardCharsets.UTF_8)).contains("Generated the instance administrator key")
                .doesNotContain(key);
        Path secretsKey = server.dataDir().resolve("secrets.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretsKey))).isEqualTo("rw-------");
        assertThat(java.util.Base64.getDecoder().decode(Files.readString(secretsKey, StandardCharsets.US_ASCII).trim()))
                .hasSize(32);
    }

    @Test
    @Order(2)
    @DisplayName("the generated key authenticates as the instance administrator")
    void theGeneratedKeyWorks() throws Exception {
        Worklane admin = Worklane.connect(server.baseUri(), generatedKey);

        Http<WorkspaceList> list = Http.of(admin.workspaces.listWorkspacesWithHttpInfo(null, null));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().getItems()).as("a new instance has no workspaces").isEmpty();
        assertThat(list.body().getNextCursor()).isNull();

        Http<Workspace> created = Http.of(admin.workspaces.createWorkspaceWithHttpInfo(
                workspace("survivor").name("Survives restarts"), null));
        assertThat(created.status()).as("only an instance administrator may create a workspace").isEqualTo(201);
        createdBeforeRestart = created.body();
        assertThat(admin.workspaces.listWorkspaces(null, null).getItems())
                .extracting(Workspace::getSlug).containsExactly("survivor");
    }

    @Test
    @Order(3)
    @DisplayName("a request without a key gets 401 problem+json UNAUTHENTICATED")
    void aRequestWithoutAKeyIsUnauthenticated() throws Exception {
        HttpResponse<String> raw = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/workspaces")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(raw.statusCode()).isEqualTo(401);
        assertThat(raw.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(raw.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(raw.body()).as("no internals leak").doesNotContain("Exception", "at io.", "at java.");

        HttpProblem viaClient = HttpProblem.refusalOf(
                () -> Worklane.anonymous(server.baseUri()).workspaces.listWorkspaces(null, null));
        assertThat(viaClient.status()).isEqualTo(401);
        assertThat(viaClient.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    @Order(4)
    @DisplayName("an unknown key gets 401 UNAUTHENTICATED too")
    void anUnknownKeyIsUnauthenticated() {
        HttpProblem refused = HttpProblem.refusalOf(() -> Worklane.connect(server.baseUri(),
                "wl_this_key_was_never_issued_0123456789abcdef").workspaces.listWorkspaces(null, null));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    @Order(5)
    @DisplayName("after a restart on the same data dir the data is still there and the same key still works")
    void dataAndKeySurviveARestart() throws Exception {
        Path keyFile = server.adminKeyFile();
        String keyFileBefore = Files.readString(keyFile, StandardCharsets.UTF_8);
        FileTime writtenBefore = Files.getLastModifiedTime(keyFile);

        server.stop();
        assertThat(server.isRunning()).isFalse();
        assertThat(Files.readAllLines(server.logFile(), StandardCharsets.UTF_8))
                .as("a clean start and stop log nothing alarming (no warning, error or stack trace)")
                .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR ") || line.contains("Exception"))
                .anyMatch(line -> line.contains("Instance administrator API key"))
                .anyMatch(line -> line.contains("worklane stopped in"));
        server = WorklaneServer.start(server.dataDir(), null);

        assertThat(Files.readString(keyFile, StandardCharsets.UTF_8)).as("no new key is generated")
                .isEqualTo(keyFileBefore);
        assertThat(Files.getLastModifiedTime(keyFile)).as("the key file is not rewritten").isEqualTo(writtenBefore);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        Worklane admin = Worklane.connect(server.baseUri(), generatedKey);
        Http<Workspace> survivor = Http.of(admin.workspaces.getWorkspaceWithHttpInfo("survivor"));
        assertThat(survivor.status()).isEqualTo(200);
        assertThat(survivor.body().getId()).isEqualTo(createdBeforeRestart.getId());
        assertThat(survivor.body().getName()).isEqualTo("Survives restarts");
        assertThat(survivor.body().getVersion()).isEqualTo(createdBeforeRestart.getVersion());
        assertThat(survivor.body().getCreatedAt()).isEqualTo(createdBeforeRestart.getCreatedAt());
        assertThat(survivor.etag()).isEqualTo(Http.etagOf(createdBeforeRestart.getVersion()));
        assertThat(admin.workspaces.listWorkspaces(null, null).getItems())
                .extracting(Workspace::getSlug).containsExactly("survivor");
    }
}

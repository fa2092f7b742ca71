package io.worklane.api.config;

import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.shared.InstanceSecrets;
import io.worklane.domain.webhook.WebhookSubscriptions;
import io.worklane.persistence.shared.secrets.SecretBox;
import io.worklane.persistence.shared.secrets.SecretsResealing;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Secrets at rest (issue #20, item 4, ADR 0044): every column of every table is searched for the webhook
 * signing secrets (current and previous) and the instance's link key, in any of their forms, and holds none;
 * a plaintext secret left from before encryption is sealed at start-up and still signs; rotating the key
 * seals every secret again and the old key alone no longer opens them.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class SecretsAtRestTest {
    @Inject
    Pool pool;
    @Inject
    SecretBox box;
    @Inject
    SecretsResealing resealing;
    @Inject
    InstanceSecrets instanceSecrets;
    @Inject
    WebhookSubscriptions subscriptions;

    @Test
    void the_database_holds_no_plaintext_secret() {
        Hook hook = aHook();
        String first = hook.secret();
        String second = asAdmin().post(hook.path() + "/rotate-secret").then().statusCode(200).extract().path("secret");
        byte[] linkKey = instanceSecrets.get("download-links").await().indefinitely();

        List<String> texts = new ArrayList<>();
        for (String secret : List.of(first, second)) {
            texts.add(secret);
            texts.add(secret.substring("whsec_".length()));
        }
        texts.add(Base64.getEncoder().encodeToString(linkKey));
        texts.add(HexFormat.of().formatHex(linkKey));
        assertThat(columnsHolding(texts, linkKey)).as("columns holding a secret in plaintext").isEmpty();
        Row stored = row("SELECT secret, previous_secret FROM webhook_subscriptions WHERE id = $1", hook.id());
        assertThat(stored.getString("secret")).startsWith("enc:v1:" + box.currentKeyId() + ":");
        assertThat(stored.getString("previous_secret")).startsWith("enc:v1:" + box.currentKeyId() + ":");
    }

    @Test
    void a_plaintext_secret_from_before_encryption_is_read_then_sealed_at_start() {
        Hook hook = aHook();
        // as a database upgraded from before encryption holds it
        pool.preparedQuery("UPDATE webhook_subscriptions SET secret = $2 WHERE id = $1")
                .execute(Tuple.of(hook.id(), hook.secret())).await().indefinitely();
        assertThat(signingSecret(hook)).as("read as it is until sealed").isEqualTo(hook.secret());

        assertThat(resealing.reseal(box).await().indefinitely()).isPositive();

        assertThat(row("SELECT secret FROM webhook_subscriptions WHERE id = $1", hook.id()).getString("secret"))
                .startsWith("enc:v1:" + box.currentKeyId() + ":").doesNotContain(hook.secret().substring(6));
        assertThat(signingSecret(hook)).isEqualTo(hook.secret());
        assertThat(resealing.reseal(box).await().indefinitely()).as("nothing left to seal").isZero();
    }

    @Test
    void rotating_the_key_seals_every_secret_again() {
        Hook hook = aHook();
        byte[] linkKey = instanceSecrets.get("download-links").await().indefinitely();
        byte[] newKey = new byte[32];
        new java.security.SecureRandom().nextBytes(newKey);
        byte[] testKey = Base64.getDecoder().decode(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("worklane.secrets.key", String.class));
        SecretBox rotated = new SecretBox(newKey, List.of(testKey));
        try {
            assertThat(resealing.reseal(rotated).await().indefinitely()).isGreaterThanOrEqualTo(2);
            String sealed = row("SELECT secret FROM webhook_subscriptions WHERE id = $1", hook.id()).getString("secret");
            assertThat(sealed).startsWith("enc:v1:" + rotated.currentKeyId() + ":");
            assertThat(rotated.open(sealed, "webhook_subscriptions.secret:" + hook.id())).isEqualTo(hook.secret());
            assertThatThrownBy(() -> box.open(sealed, "webhook_subscriptions.secret:" + hook.id()))
                    .hasMessageContaining("WORKLANE_SECRETS_PREVIOUS_KEY");
            assertThat(count("SELECT count(*) FROM instance_secrets WHERE position($1 IN secret) > 0",
                    ("enc:v1:" + rotated.currentKeyId()).getBytes(StandardCharsets.US_ASCII))).isPositive();
        } finally {
            // back to the key the rest of the tests run with
            resealing.reseal(new SecretBox(testKey, List.of(newKey))).await().indefinitely();
        }
        assertThat(signingSecret(hook)).isEqualTo(hook.secret());
        assertThat(instanceSecrets.get("download-links").await().indefinitely()).isEqualTo(linkKey);
    }

    private record Hook(String ws, UUID id, String secret) {
        String path() {
            return "/api/v1/workspaces/" + ws + "/webhooks/" + id;
        }
    }

    private Hook aHook() {
        String ws = aWorkspace();
        JsonPath created = asAdmin().body(Map.of("url", "https://hooks.example.com/in", "eventTypes", List.of("*")))
                .post("/api/v1/workspaces/" + ws + "/webhooks").then().statusCode(201).extract().jsonPath();
        return new Hook(ws, UUID.fromString(created.getString("id")), created.getString("secret"));
    }

    /** The secret the server signs with, as its repository reads it. */
    private String signingSecret(Hook hook) {
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + hook.ws()).then().extract().path("id"));
        return subscriptions.find(wsId, hook.id()).await().indefinitely().orElseThrow().secrets().current().reveal();
    }

    /** Every column that can hold text or bytes, of every table of the schema, searched for each form. */
    private List<String> columnsHolding(List<String> texts, byte[] raw) {
        List<Row> columns = new ArrayList<>();
        pool.query("SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c"
                        + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                        + " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.data_type IN"
                        + " ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')").execute()
                .await().indefinitely().forEach(columns::add);
        assertThat(columns).as("the search reaches the secrets' own columns").anySatisfy(c ->
                assertThat(c.getString("column_name")).isEqualTo("previous_secret"));
        List<String> found = new ArrayList<>();
        for (Row c : columns) {
            String table = "\"" + c.getString("table_name") + "\"";
            String column = table + ".\"" + c.getString("column_name") + "\"";
            String sql = "bytea".equals(c.getString("data_type"))
                    ? "SELECT count(*) FROM " + table + " WHERE position($2::bytea IN " + column + ") > 0 OR EXISTS"
                    + " (SELECT 1 FROM unnest($1::text[]) AS s WHERE position(convert_to(s, 'UTF8') IN " + column + ") > 0)"
                    : "SELECT count(*) FROM " + table + " WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS s"
                    + " WHERE strpos(" + column + "::text, s) > 0) AND $2::bytea IS NOT NULL";
            long rows = pool.preparedQuery(sql).execute(Tuple.of(texts.toArray(String[]::new), Buffer.buffer(raw)))
                    .await().indefinitely().iterator().next().getLong(0);
            if (rows > 0) {
                found.add(column);
            }
        }
        return found;
    }

    private long count(String sql, byte[] param) {
        return pool.preparedQuery(sql).execute(Tuple.of(Buffer.buffer(param))).await().indefinitely().iterator().next()
                .getLong(0);
    }

    private Row row(String sql, UUID id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next();
    }
}

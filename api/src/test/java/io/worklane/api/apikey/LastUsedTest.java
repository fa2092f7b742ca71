package io.worklane.api.apikey;

import static io.worklane.api.apikey.Keys.aKeyWith;
import static io.worklane.api.apikey.Keys.as;
import static io.worklane.api.apikey.Keys.keysOf;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.security.LastUsedTracker;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A key's last use is kept in memory per request and written in one batch per flush. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class LastUsedTest {
    @Inject
    LastUsedTracker tracker;

    @Test
    void lastUsedAtAppearsAfterUseAndAFlush() {
        String ws = aWorkspace();
        Keys.Issued key = aKeyWith(ws, "workspace:read");
        asAdmin().get(keysOf(ws) + "/" + key.id()).then().body("lastUsedAt", nullValue());
        Instant before = Instant.now().minusSeconds(1);

        as(key).get("/api/v1/workspaces/" + ws).then().statusCode(200);
        as(key).get("/api/v1/workspaces/" + ws).then().statusCode(200);
        tracker.flush().await().indefinitely();

        String lastUsedAt = asAdmin().get(keysOf(ws) + "/" + key.id()).then().statusCode(200)
                .extract().path("lastUsedAt");
        assertThat(Instant.parse(lastUsedAt)).isBetween(before, Instant.now());
    }

    @Test
    void anOlderUseNeverReplacesALaterOne() {
        String ws = aWorkspace();
        Keys.Issued key = aKeyWith(ws, "workspace:read");
        UUID id = UUID.fromString(key.id());
        Instant later = Instant.parse("2030-01-01T10:00:00Z");

        tracker.record(id, later);
        tracker.record(id, later.minusSeconds(60));
        tracker.flush().await().indefinitely();
        tracker.record(id, later.minusSeconds(3_600));
        tracker.flush().await().indefinitely();

        asAdmin().get(keysOf(ws) + "/" + key.id()).then()
                .body("lastUsedAt", org.hamcrest.Matchers.equalTo("2030-01-01T10:00:00Z"));
    }

    @Test
    void aFlushWithNothingRecordedWritesNothing() {
        tracker.flush().await().indefinitely();
        assertThat(tracker.flush().await().indefinitely()).isZero();
    }
}

package io.worklane.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** What a PostgreSQL restart looks like to a request (PostgresRestartIT sees each of these): 503, not 500. */
class DatabaseFailuresTest {

    @Test
    void aDatabaseStoppingStartingOrGoneIsUnavailable() {
        assertThat(DatabaseFailures.isUnavailable(new ConnectException("Connection refused"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new SocketException("Connection reset")))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(ClosedConnectionException.INSTANCE)).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new java.io.IOException("Connection reset by peer"))))
                .as("a write to a socket PostgreSQL just closed (PostgresRestartIT)").isTrue();
        assertThat(DatabaseFailures.isUnavailable(new java.util.concurrent.CompletionException(
                new io.vertx.core.impl.NoStackTraceThrowable("Connection is not active now, current status: CLOSING"))))
                .as("a connection closing under a statement").isTrue();
        assertThat(DatabaseFailures.isUnavailable(new io.vertx.core.VertxException("Fail to read any response from the "
                + "server, the underlying connection might get lost unexpectedly.", true))).isTrue();
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006"}) {
            assertThat(DatabaseFailures.isUnavailable(new PgException("the database system is shutting down", "FATAL", state, null)))
                    .as(state).isTrue();
        }
    }

    @Test
    void aFailingStatementIsNot() {
        assertThat(DatabaseFailures.isUnavailable(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new io.vertx.core.impl.NoStackTraceThrowable("Timeout"))).isFalse();
    }
}

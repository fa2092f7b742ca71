package io.worklane.persistence.event;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * LISTENs on one PostgreSQL channel over a connection of its own, taken out of the pool for good,
 * and re-LISTENs on a fresh one (after a pause) whenever it is lost. Payloads are broadcast to every
 * current subscriber; while disconnected, nothing arrives, which is why listeners treat a
 * notification as a hint to read, never as the data itself.
 */
public class ChannelListener {
    private static final Logger LOG = Logger.getLogger(ChannelListener.class);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private final Pool pool;
    private final Vertx vertx;
    private final String channel;
    private final BroadcastProcessor<String> payloads = BroadcastProcessor.create();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Consumer<Boolean> listening;
    private volatile SqlConnection connection;
    private volatile boolean isListening;

    public ChannelListener(Pool pool, Vertx vertx, String channel) {
        this(pool, vertx, channel, now -> { });
    }

    /** As above, telling {@code listening} whenever notices start (true) or stop (false) arriving. */
    public ChannelListener(Pool pool, Vertx vertx, String channel, Consumer<Boolean> listening) {
        this.pool = pool;
        this.vertx = vertx;
        this.channel = channel;
        this.listening = listening;
    }

    /** Whether the LISTEN is in force now: notices sent from now on arrive. */
    public boolean isListening() {
        return isListening;
    }

    public Multi<String> payloads() {
        return payloads;
    }

    public void start() {
        pool.getConnection().subscribe().with(this::listenOn, this::retryLater);
    }

    /** Closes the connection once; later calls (shutdown observer, then bean destruction) do nothing. */
    public void stop() {
        if (stopped.getAndSet(true)) {
            return;
        }
        SqlConnection current = connection;
        if (current != null) {
            current.closeAndForget();
        }
    }

    private void listenOn(SqlConnection conn) {
        connection = conn;
        PgConnection pg = PgConnection.cast(conn);
        pg.notificationHandler(n -> {
            if (channel.equals(n.getChannel())) {
                payloads.onNext(n.getPayload());
            }
        });
        // without a handler the client prints the failure's stack trace to stderr; the close handler reports it
        pg.exceptionHandler(failure -> LOG.debugf("Listening connection on %s failed: %s", channel, failure.getMessage()));
        pg.closeHandler(() -> retryLater(null));
        conn.query("LISTEN " + channel).execute().subscribe().with(
                ok -> {
                    LOG.debugf("Listening on %s", channel);
                    changeListening(true);
                },
                failure -> conn.closeAndForget());
    }

    private void changeListening(boolean now) {
        isListening = now;
        listening.accept(now);
    }

    private void retryLater(Throwable cause) {
        connection = null;
        if (isListening) {
            changeListening(false);
        }
        if (stopped.get()) {
            return;
        }
        LOG.warnf("Not listening on %s (%s); trying again in %s", channel,
                cause == null ? "connection closed" : cause.getMessage(), RETRY);
        vertx.setTimer(RETRY.toMillis(), id -> start());
    }
}

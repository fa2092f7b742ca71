package io.worklane.persistence.shared;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.worklane.domain.shared.Ids;
import io.worklane.persistence.event.ChannelListener;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The notices of {@code worklane_cache} (V35: {@code <table>:<row id>}, sent at the commit of a change
 * of a cached table), routed to the {@link NotifiedCache} of that table. Until the channel is listened
 * to, and whenever the listening connection is lost, the caches serve nothing.
 */
@ApplicationScoped
public class CacheNotices {
    private static final Logger LOG = Logger.getLogger(CacheNotices.class);
    static final String CHANNEL = "worklane_cache";
    private final Map<String, NotifiedCache<?>> caches = new ConcurrentHashMap<>();
    private final ChannelListener listener;

    public CacheNotices(Pool pool, Vertx vertx) {
        this.listener = new ChannelListener(pool, vertx, CHANNEL, this::listening);
        listener.payloads().subscribe().with(this::route);
        listener.start();
    }

    /** The cache of rows of {@code table}, each value belonging to the row {@code rowOf} names. */
    public <V> NotifiedCache<V> cacheOf(String table, Function<V, UUID> rowOf) {
        NotifiedCache<V> cache = new NotifiedCache<>(rowOf);
        caches.put(table, cache);
        cache.listening(listener.isListening());
        return cache;
    }

    private void listening(boolean now) {
        caches.values().forEach(c -> c.listening(now));
    }

    private void route(String payload) {
        int colon = payload.indexOf(':');
        NotifiedCache<?> cache = colon < 0 ? null : caches.get(payload.substring(0, colon));
        UUID row = colon < 0 ? null : Ids.parseOrNull(payload.substring(colon + 1));
        if (cache == null || row == null) {
            LOG.warnf("Ignored a notice on %s that names no cached row", CHANNEL);
            return;
        }
        cache.noticed(row);
    }

    /** First thing on shutdown, as the event notices: the database going away later is not a lost connection. */
    void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        listener.stop();
    }

    @PreDestroy
    void stop() {
        listener.stop();
    }
}

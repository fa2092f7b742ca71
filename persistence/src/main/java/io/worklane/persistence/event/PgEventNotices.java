package io.worklane.persistence.event;

import jakarta.annotation.PreDestroy;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.worklane.domain.event.EventNotice;
import io.worklane.domain.event.EventNotices;
import io.worklane.persistence.shared.Json;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The notices the events_announce trigger (V11) sends on worklane_events, listened to on first use. */
@ApplicationScoped
public class PgEventNotices implements EventNotices {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PgEventNotices.class);
    static final String CHANNEL = "worklane_events";
    private final ChannelListener listener;
    private final Multi<EventNotice> notices;

    public PgEventNotices(Pool pool, Vertx vertx) {
        this.listener = new ChannelListener(pool, vertx, CHANNEL);
        // a payload that is not ours is dropped: a failure would end the stream for every listener
        this.notices = listener.payloads().onItem().transformToIterable(PgEventNotices::parse);
        listener.start();
    }

    @Override
    public Multi<EventNotice> notices() {
        return notices;
    }

    /** First thing on shutdown, so that the database going away later is not taken for a lost connection. */
    void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        listener.stop();
    }

    @PreDestroy
    void stop() {
        listener.stop();
    }

    static List<EventNotice> parse(String payload) {
        try {
            Map<String, Object> m = Json.map(payload);
            return List.of(new EventNotice(UUID.fromString((String) m.get("workspaceId")),
                    ((Number) m.get("seq")).longValue(), UUID.fromString((String) m.get("id")), (String) m.get("type")));
        } catch (RuntimeException e) {
            // its content is not logged: anyone who can NOTIFY could put anything in it, secrets and forged lines too
            LOG.warnf("Ignored a notice on %s that is not an event's (%d characters)", CHANNEL,
                    payload == null ? 0 : payload.length());
            return List.of();
        }
    }
}

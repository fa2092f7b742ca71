package io.worklane.persistence.event;

import jakarta.annotation.PreDestroy;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.worklane.domain.event.EventNotice;
import io.worklane.domain.event.EventNotices;
import io.worklane.persistence.shared.Json;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** The notices the events_announce trigger (V11) sends on worklane_events, listened to on first use. */
@ApplicationScoped
public class PgEventNotices implements EventNotices {
    static final String CHANNEL = "worklane_events";
    private final ChannelListener listener;
    private final Multi<EventNotice> notices;

    public PgEventNotices(Pool pool, Vertx vertx) {
        this.listener = new ChannelListener(pool, vertx, CHANNEL);
        this.notices = listener.payloads().map(PgEventNotices::parse);
        listener.start();
    }

    @Override
    public Multi<EventNotice> notices() {
        return notices;
    }

    @PreDestroy
    void stop() {
        listener.stop();
    }

    static EventNotice parse(String payload) {
        Map<String, Object> m = Json.map(payload);
        return new EventNotice(UUID.fromString((String) m.get("workspaceId")), ((Number) m.get("seq")).longValue(),
                UUID.fromString((String) m.get("id")), (String) m.get("type"));
    }
}

package io.worklane.persistence.notification;

import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.worklane.domain.notification.NotificationNotices;
import io.worklane.persistence.event.ChannelListener;
import io.worklane.persistence.shared.Json;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The notices the notifications_announce trigger (V22) sends on worklane_notifications, listened to on first use. */
@ApplicationScoped
public class PgNotificationNotices implements NotificationNotices {
    static final String CHANNEL = "worklane_notifications";
    private final ChannelListener listener;
    private final Multi<Notice> notices;

    public PgNotificationNotices(Pool pool, Vertx vertx) {
        this.listener = new ChannelListener(pool, vertx, CHANNEL);
        this.notices = listener.payloads().onItem().transformToIterable(PgNotificationNotices::parse);
        listener.start();
    }

    @Override
    public Multi<Notice> notices() {
        return notices;
    }

    @PreDestroy
    void stop() {
        listener.stop();
    }

    static List<Notice> parse(String payload) {
        try {
            Map<String, Object> m = Json.map(payload);
            return List.of(new Notice(UUID.fromString((String) m.get("memberId")), UUID.fromString((String) m.get("id"))));
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}

package io.worklane.persistence.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.notification.Channel;
import io.worklane.domain.notification.Digest;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.domain.notification.NotificationPreferences;
import io.worklane.domain.notification.Preference;
import io.worklane.domain.notification.Preferences;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Preferences: one row per member and chosen kind; a kind without a row is its default. */
@ApplicationScoped
public class NotificationPreferencesRepository implements NotificationPreferences {
    private final Sql sql;

    public NotificationPreferencesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Map<UUID, Preferences>> of(UUID workspaceId, Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.list("SELECT member_id, kind, channel, digest FROM notification_preferences WHERE workspace_id = $1"
                        + " AND member_id = ANY($2)", Tuple.of(workspaceId, memberIds.toArray(UUID[]::new)),
                r -> Map.entry(r.getUUID("member_id"), new Preference(NotificationKind.valueOf(r.getString("kind")),
                        Channel.valueOf(r.getString("channel")), Digest.valueOf(r.getString("digest"))))).map(rows -> {
                            Map<UUID, List<Preference>> chosen = new HashMap<>();
                            rows.forEach(e -> chosen.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                            Map<UUID, Preferences> out = new HashMap<>();
                            memberIds.forEach(m -> out.put(m, Preferences.of(chosen.getOrDefault(m, List.of()))));
                            return out;
                        });
    }

    @Override
    public Uni<Void> save(Map<UUID, UUID> workspaceByMember, List<Preference> choices, Instant at) {
        List<Tuple> rows = new ArrayList<>();
        workspaceByMember.forEach((member, ws) -> choices.forEach(p -> rows.add(Tuple.of(ws, member, p.kind().name(),
                p.channel().name(), p.digest().name(), at.atOffset(ZoneOffset.UTC)))));
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.batch("INSERT INTO notification_preferences (workspace_id, member_id, kind, channel, digest,"
                + " updated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (member_id, kind) DO UPDATE SET"
                + " channel = EXCLUDED.channel, digest = EXCLUDED.digest, updated_at = EXCLUDED.updated_at", rows);
    }
}

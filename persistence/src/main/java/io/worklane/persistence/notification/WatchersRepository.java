package io.worklane.persistence.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.notification.WatchReason;
import io.worklane.domain.notification.Watcher;
import io.worklane.domain.notification.Watchers;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Watchers: writes in the use case's session (one statement per member: there are few), reads through Sql. */
@ApplicationScoped
public class WatchersRepository implements Watchers {
    static final String SORT = "since";
    private final Sql sql;

    public WatchersRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Void> watchAutomatically(UUID workspaceId, UUID workItemId, Collection<UUID> memberIds,
                                        WatchReason reason, Instant at) {
        return Multi.createFrom().iterable(List.copyOf(memberIds)).onItem().transformToUniAndConcatenate(member ->
                        Writes.inSession(s -> s.createNativeQuery("INSERT INTO watchers (workspace_id, work_item_id,"
                                        + " member_id, reason, watching, created_at, updated_at) VALUES (:ws, :item, :m,"
                                        + " :reason, true, :at, :at) ON CONFLICT (work_item_id, member_id) DO NOTHING")
                                .setParameter("ws", workspaceId).setParameter("item", workItemId)
                                .setParameter("m", member).setParameter("reason", reason.name())
                                .setParameter("at", at).executeUpdate()))
                .collect().last().replaceWithVoid();
    }

    @Override
    public Uni<Void> watchEachAutomatically(UUID workspaceId, UUID memberId, java.util.Map<UUID, Instant> workItems,
                                            WatchReason reason) {
        if (workItems.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        java.util.Map<String, String> items = new java.util.HashMap<>();
        workItems.forEach((item, at) -> items.put(item.toString(), at.toString()));
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO watchers (workspace_id, work_item_id, member_id,"
                        + " reason, watching, created_at, updated_at) SELECT :ws, cast(r.key AS uuid), :m, :reason, true,"
                        + " cast(r.value AS timestamptz), cast(r.value AS timestamptz)"
                        + " FROM jsonb_each_text(cast(cast(:items AS text) AS jsonb)) AS r"
                        + " ON CONFLICT (work_item_id, member_id) DO NOTHING")
                .setParameter("ws", workspaceId).setParameter("m", memberId).setParameter("reason", reason.name())
                .setParameter("items", io.worklane.persistence.shared.Json.write(items)).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> set(UUID workspaceId, UUID workItemId, UUID memberId, boolean watching, Instant at) {
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO watchers (workspace_id, work_item_id, member_id,"
                        + " reason, watching, created_at, updated_at) VALUES (:ws, :item, :m, 'MANUAL', :w, :at, :at)"
                        + " ON CONFLICT (work_item_id, member_id) DO UPDATE SET watching = EXCLUDED.watching,"
                        + " reason = CASE WHEN EXCLUDED.watching AND NOT watchers.watching THEN 'MANUAL'"
                        + " ELSE watchers.reason END,"
                        + " created_at = CASE WHEN EXCLUDED.watching AND NOT watchers.watching THEN EXCLUDED.created_at"
                        + " ELSE watchers.created_at END, updated_at = EXCLUDED.updated_at")
                .setParameter("ws", workspaceId).setParameter("item", workItemId).setParameter("m", memberId)
                .setParameter("w", watching).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<UUID>> watching(UUID workspaceId, UUID workItemId) {
        return Writes.inSession(s -> Writes.<UUID>nativeQuery(s, "SELECT member_id FROM watchers"
                        + " WHERE workspace_id = :ws AND work_item_id = :item AND watching")
                .setParameter("ws", workspaceId).setParameter("item", workItemId).getResultList());
    }

    @Override
    public Uni<java.util.Map<UUID, List<Watcher>>> byItems(UUID workspaceId, Collection<UUID> workItemIds) {
        return sql.list("SELECT * FROM (SELECT workspace_id, work_item_id, member_id, reason, created_at, row_number()"
                        + " OVER (PARTITION BY work_item_id ORDER BY created_at, member_id) AS rn FROM watchers"
                        + " WHERE workspace_id = $1 AND work_item_id = ANY($2) AND watching) ranked WHERE rn <= 200"
                        + " ORDER BY work_item_id, rn", Tuple.of(workspaceId, workItemIds.toArray(UUID[]::new)),
                r -> new Watcher(r.getUUID("workspace_id"), r.getUUID("work_item_id"), r.getUUID("member_id"),
                        WatchReason.valueOf(r.getString("reason")), Rows.instant(r, "created_at")))
                .map(rows -> {
                    java.util.Map<UUID, List<Watcher>> grouped = new java.util.LinkedHashMap<>();
                    workItemIds.forEach(id -> grouped.put(id, new java.util.ArrayList<>()));
                    rows.forEach(w -> grouped.computeIfAbsent(w.workItemId(), k -> new java.util.ArrayList<>()).add(w));
                    return grouped;
                });
    }

    @Override
    public Uni<Page<Watcher>> list(UUID workspaceId, UUID workItemId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("work_item_id = ?", workItemId)
                .where("watching");
        if (page.after() != null) {
            p.where(Keyset.after("created_at", "member_id", false, p.add(Keyset.timestamp(page.after())),
                    p.add(page.after().id())));
        }
        return sql.list("SELECT workspace_id, work_item_id, member_id, reason, created_at FROM watchers" + p.clause()
                        + " ORDER BY created_at, member_id LIMIT " + (page.limit() + 1), p.tuple(),
                        r -> new Watcher(r.getUUID("workspace_id"), r.getUUID("work_item_id"), r.getUUID("member_id"),
                                WatchReason.valueOf(r.getString("reason")), Rows.instant(r, "created_at")))
                .map(rows -> Keyset.page(rows, page.limit(), SORT, w -> Keyset.timestampValue(w.since()),
                        Watcher::memberId));
    }
}

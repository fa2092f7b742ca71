package io.worklane.persistence.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.notification.Mention;
import io.worklane.domain.notification.MentionParser;
import io.worklane.domain.notification.Mentions;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MentionsRepository implements Mentions {
    static final String SORT = "createdAt";
    private static final String COLUMNS = "id, workspace_id, work_item_id, comment_id, member_id, created_at";
    private final Sql sql;

    public MentionsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Set<UUID>> resolve(UUID workspaceId, Collection<String> names) {
        List<String> emails = names.stream().filter(MentionParser::isEmail).toList();
        List<String> handles = names.stream().filter(n -> !MentionParser.isEmail(n)).toList();
        if (names.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return sql.list("SELECT id, lower(email) AS email FROM members WHERE workspace_id = $1 AND (lower(email) = ANY($2)"
                        + " OR lower(split_part(email, '@', 1)) = ANY($3))",
                Tuple.of(workspaceId, emails.toArray(String[]::new), handles.toArray(String[]::new)),
                r -> Map.entry(r.getUUID("id"), r.getString("email"))).map(found -> {
                    Map<String, List<UUID>> byHandle = new HashMap<>();
                    Set<UUID> members = new LinkedHashSet<>();
                    for (Map.Entry<UUID, String> m : found) {
                        if (emails.contains(m.getValue())) {
                            members.add(m.getKey());
                        }
                        byHandle.computeIfAbsent(m.getValue().substring(0, m.getValue().indexOf('@')),
                                h -> new ArrayList<>()).add(m.getKey());
                    }
                    // a handle two members share names neither: a mention must not reach the wrong person
                    handles.forEach(h -> {
                        List<UUID> owners = byHandle.getOrDefault(h, List.of());
                        if (owners.size() == 1) {
                            members.add(owners.get(0));
                        }
                    });
                    return members;
                });
    }

    @Override
    public Uni<Set<UUID>> replace(UUID workspaceId, UUID workItemId, UUID commentId, Set<UUID> memberIds, Instant at) {
        String sameText = commentId == null ? "comment_id IS NULL" : "comment_id = :comment";
        return Writes.inSession(s -> {
            var before = Writes.<UUID>nativeQuery(s, "SELECT member_id FROM mentions WHERE workspace_id = :ws"
                    + " AND work_item_id = :item AND " + sameText).setParameter("ws", workspaceId).setParameter("item", workItemId);
            if (commentId != null) {
                before.setParameter("comment", commentId);
            }
            return before.getResultList().chain(existing -> {
                Set<UUID> added = new LinkedHashSet<>(memberIds);
                added.removeAll(existing);
                Set<UUID> removed = new HashSet<>(existing);
                removed.removeAll(memberIds);
                return Multi.createFrom().iterable(removed).onItem().transformToUniAndConcatenate(m -> {
                            var delete = s.createNativeQuery("DELETE FROM mentions WHERE workspace_id = :ws AND"
                                    + " work_item_id = :item AND member_id = :m AND " + sameText)
                                    .setParameter("ws", workspaceId).setParameter("item", workItemId).setParameter("m", m);
                            if (commentId != null) {
                                delete.setParameter("comment", commentId);
                            }
                            return delete.executeUpdate();
                        }).collect().last()
                        .chain(() -> Multi.createFrom().iterable(added).onItem().transformToUniAndConcatenate(m ->
                                s.createNativeQuery("INSERT INTO mentions (" + COLUMNS + ") VALUES (:id, :ws, :item,"
                                                + " :comment, :m, :at)")
                                        .setParameter("id", Ids.newId()).setParameter("ws", workspaceId)
                                        .setParameter("item", workItemId).setParameter("comment", commentId)
                                        .setParameter("m", m).setParameter("at", at).executeUpdate()).collect().last())
                        .replaceWith(added);
            });
        });
    }

    @Override
    public Uni<Page<Mention>> list(UUID workspaceId, UUID workItemId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("work_item_id = ?", workItemId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list("SELECT " + COLUMNS + " FROM mentions" + p.clause() + " ORDER BY created_at, id LIMIT "
                        + (page.limit() + 1), p.tuple(), MentionsRepository::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, m -> Keyset.timestampValue(m.createdAt()), Mention::id));
    }

    @Override
    public Uni<Map<UUID, List<Mention>>> byItems(UUID workspaceId, Collection<UUID> workItemIds) {
        return sql.list("SELECT * FROM (SELECT " + COLUMNS + ", row_number() OVER (PARTITION BY work_item_id ORDER BY"
                        + " created_at, id) AS rn FROM mentions WHERE workspace_id = $1 AND work_item_id = ANY($2)) ranked"
                        + " WHERE rn <= 200 ORDER BY work_item_id, rn", Tuple.of(workspaceId,
                        workItemIds.toArray(UUID[]::new)), MentionsRepository::fromRow).map(rows -> {
                            Map<UUID, List<Mention>> grouped = new LinkedHashMap<>();
                            workItemIds.forEach(id -> grouped.put(id, new ArrayList<>()));
                            rows.forEach(m -> grouped.computeIfAbsent(m.workItemId(), k -> new ArrayList<>()).add(m));
                            return grouped;
                        });
    }

    @Override
    public Uni<Map<UUID, List<Mention>>> byComments(UUID workspaceId, Collection<UUID> commentIds) {
        return sql.list("SELECT " + COLUMNS + " FROM mentions WHERE workspace_id = $1 AND comment_id = ANY($2)"
                        + " ORDER BY created_at, id", Tuple.of(workspaceId, commentIds.toArray(UUID[]::new)),
                MentionsRepository::fromRow).map(rows -> {
                    Map<UUID, List<Mention>> grouped = new LinkedHashMap<>();
                    commentIds.forEach(id -> grouped.put(id, new ArrayList<>()));
                    rows.forEach(m -> grouped.computeIfAbsent(m.commentId(), k -> new ArrayList<>()).add(m));
                    return grouped;
                });
    }

    private static Mention fromRow(Row r) {
        return new Mention(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("work_item_id"), r.getUUID("comment_id"),
                r.getUUID("member_id"), Rows.instant(r, "created_at"));
    }
}

package io.worklane.persistence.automation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.automation.RuleRun;
import io.worklane.domain.automation.RuleRuns;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RuleRunsRepository implements RuleRuns {
    static final String SORT = "-startedAt";
    private static final String COLUMNS = "id, rule_id, work_item_id, status, message, depth, started_at, finished_at";
    private final Sql sql;

    public RuleRunsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Void> append(UUID workspaceId, RuleRun run) {
        // in the session's transaction: the log of a run commits (or not) with what the run did
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO automation_runs (id, workspace_id, rule_id,"
                        + " work_item_id, status, message, depth, started_at, finished_at)"
                        + " VALUES (:id, :ws, :rule, :item, :status, :message, :depth, :started, :finished)")
                .setParameter("id", Ids.newId()).setParameter("ws", workspaceId).setParameter("rule", run.ruleId())
                .setParameter("item", run.workItemId()).setParameter("status", run.status().name())
                .setParameter("message", run.message()).setParameter("depth", run.depth())
                .setParameter("started", run.startedAt()).setParameter("finished", run.finishedAt())
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Page<Logged>> list(UUID workspaceId, UUID ruleId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("rule_id = ?", ruleId);
        if (page.after() != null) {
            p.where(Keyset.after("started_at", "id", true, p.add(Keyset.timestamp(page.after())),
                    p.add(page.after().id())));
        }
        return sql.list("SELECT " + COLUMNS + " FROM automation_runs" + p.clause()
                        + " ORDER BY started_at DESC, id DESC LIMIT " + (page.limit() + 1), p.tuple(),
                        RuleRunsRepository::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, r -> Keyset.timestampValue(r.run().startedAt()),
                        Logged::id));
    }

    @Override
    public Uni<Map<UUID, List<Logged>>> latest(UUID workspaceId, Collection<UUID> ruleIds, int perRule) {
        String query = "SELECT * FROM (SELECT " + COLUMNS + ", row_number() OVER (PARTITION BY rule_id"
                + " ORDER BY started_at DESC, id DESC) AS rn FROM automation_runs WHERE workspace_id = $1"
                + " AND rule_id = ANY($2)) ranked WHERE rn <= " + perRule + " ORDER BY rule_id, rn";
        return sql.list(query, Tuple.of(workspaceId, ruleIds.toArray(UUID[]::new)), RuleRunsRepository::fromRow)
                .map(rows -> {
                    Map<UUID, List<Logged>> grouped = new LinkedHashMap<>();
                    ruleIds.forEach(id -> grouped.put(id, new ArrayList<>()));
                    rows.forEach(r -> grouped.computeIfAbsent(r.run().ruleId(), k -> new ArrayList<>()).add(r));
                    return grouped;
                });
    }

    private static Logged fromRow(Row r) {
        return new Logged(r.getUUID("id"), new RuleRun(r.getUUID("rule_id"), r.getUUID("work_item_id"),
                RuleRun.Status.valueOf(r.getString("status")), r.getString("message"), r.getInteger("depth"),
                Rows.instant(r, "started_at"), Rows.instant(r, "finished_at")));
    }
}

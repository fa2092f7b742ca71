package io.worklane.persistence.analytics;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.analytics.Rollups;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Folds a workspace's deltas into one row per key, each table in one statement (a DELETE … RETURNING feeding an
 * INSERT). Two instances folding the same workspace at once stay right: the second one's DELETE skips the rows
 * the first removed and cannot see the rows it added, so each delta is folded exactly once.
 */
@ApplicationScoped
public class RollupsRepository implements Rollups {
    private static final String DUE = "SELECT workspace_id FROM work_item_tallies WHERE fresh GROUP BY 1"
            + " HAVING count(*) >= $1 UNION SELECT workspace_id FROM work_item_flow WHERE fresh GROUP BY 1"
            + " HAVING count(*) >= $1";
    private static final String FOLD_TALLIES = "WITH gone AS (DELETE FROM work_item_tallies WHERE workspace_id = $1"
            + " RETURNING *) INSERT INTO work_item_tallies (workspace_id, project_id, status, by_assignee, assignee,"
            + " items, estimated, estimate_sum, fresh) SELECT workspace_id, project_id, status, by_assignee, assignee,"
            + " sum(items), sum(estimated), sum(estimate_sum), false FROM gone GROUP BY 1, 2, 3, 4, 5"
            + " HAVING sum(items) <> 0 OR sum(estimated) <> 0 OR sum(estimate_sum) <> 0";
    private static final String FOLD_FLOW = "WITH gone AS (DELETE FROM work_item_flow WHERE workspace_id = $1"
            + " RETURNING *) INSERT INTO work_item_flow (workspace_id, day, state, delta, fresh)"
            + " SELECT workspace_id, day, state, sum(delta), false FROM gone GROUP BY 1, 2, 3 HAVING sum(delta) <> 0";
    private final Sql sql;

    public RollupsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Integer> compact(int atLeast) {
        return sql.list(DUE, Tuple.of(atLeast), r -> r.getUUID("workspace_id")).chain(this::fold);
    }

    private Uni<Integer> fold(List<UUID> workspaces) {
        return Multi.createFrom().iterable(workspaces)
                .onItem().transformToUniAndConcatenate(ws -> sql.query(FOLD_TALLIES, Tuple.of(ws))
                        .chain(() -> sql.query(FOLD_FLOW, Tuple.of(ws))))
                .collect().asList().map(List::size);
    }
}

package io.worklane.persistence.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.CostCategory;
import io.worklane.domain.budget.LabourCosts;
import io.worklane.domain.shared.Money;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Labour actuals from time_entries (V13): one statement, summed per month and currency up to a date. */
@ApplicationScoped
public class LabourCostsRepository implements LabourCosts {
    /** Dated the month's last day, or the status date when that is earlier; entries without a cost count nothing. */
    static final String MONTHS = "SELECT least((date_trunc('month', entry_date) + interval '1 month - 1 day')::date, $3)"
            + " AS day, cost_currency, sum(cost_amount) AS amount FROM time_entries WHERE workspace_id = $1"
            + " AND project_id = $2 AND entry_date <= $3 AND cost_amount IS NOT NULL GROUP BY 1, 2";
    private final Sql sql;

    public LabourCostsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<java.util.Map<UUID, List<ActualCost>>> ofProjects(UUID workspaceId,
                                                                java.util.Collection<UUID> projectIds, LocalDate upTo) {
        String query = "SELECT project_id, least((date_trunc('month', entry_date) + interval '1 month - 1 day')::date,"
                + " $3) AS day, cost_currency, sum(cost_amount) AS amount FROM time_entries WHERE workspace_id = $1"
                + " AND project_id = ANY($2) AND entry_date <= $3 AND cost_amount IS NOT NULL GROUP BY 1, 2, 3";
        return sql.query(query, Tuple.of(workspaceId, projectIds.toArray(UUID[]::new), upTo)).map(rows -> {
            java.util.Map<UUID, List<ActualCost>> out = new java.util.LinkedHashMap<>();
            projectIds.forEach(id -> out.put(id, new java.util.ArrayList<>()));
            rows.forEach(r -> out.computeIfAbsent(r.getUUID("project_id"), k -> new java.util.ArrayList<>())
                    .add(new ActualCost(CostCategory.LABOUR, r.getLocalDate("day"), new Money(r.getBigDecimal("amount"),
                            r.getString("cost_currency").strip()))));
            return out;
        });
    }

    @Override
    public Uni<List<ActualCost>> ofProject(UUID workspaceId, UUID projectId, LocalDate upTo) {
        return sql.list(MONTHS, Tuple.of(workspaceId, projectId, upTo), r -> new ActualCost(CostCategory.LABOUR,
                r.getLocalDate("day"), new Money(r.getBigDecimal("amount"), r.getString("cost_currency").strip())));
    }
}

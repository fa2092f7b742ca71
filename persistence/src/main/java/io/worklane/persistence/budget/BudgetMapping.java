package io.worklane.persistence.budget;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.BudgetLine;
import io.worklane.domain.budget.CostCategory;
import io.worklane.domain.shared.Money;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Budget ↔ entity and row → budget, field by field; lines as jsonb in the budget's currency. */
final class BudgetMapping {
    static final String COLUMNS = "id, workspace_id, project_id, currency, lines::text AS lines,"
            + " thresholds::text AS thresholds, visible_to_members, version, created_at, updated_at";

    private BudgetMapping() {
    }

    static Budget fromRow(Row r) {
        return read(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"), r.getString("currency"),
                r.getString("lines"), r.getString("thresholds"), r.getBoolean("visible_to_members"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static Budget fromEntity(BudgetEntity e) {
        return read(e.id, e.workspaceId, e.projectId, e.currency, e.lines, e.thresholds, e.visibleToMembers, e.version,
                e.createdAt, e.updatedAt);
    }

    static BudgetEntity copy(Budget b, BudgetEntity e) {
        e.id = b.id();
        e.workspaceId = b.workspaceId();
        e.projectId = b.projectId();
        e.currency = b.currency();
        e.lines = Json.write(b.lines().stream().map(BudgetMapping::line).toList());
        e.thresholds = Json.write(b.thresholds().stream().map(BigDecimal::toPlainString).toList());
        e.visibleToMembers = b.visibleToMembers();
        e.createdAt = b.createdAt();
        e.updatedAt = b.updatedAt();
        return e;
    }

    static Budget read(UUID id, UUID workspaceId, UUID projectId, String currency, String lines, String thresholds,
                       boolean visible, long version, Instant createdAt, Instant updatedAt) {
        String cur = currency.strip();
        List<BudgetLine> parsed = Json.objects(lines).stream().map(l -> line(l, cur)).toList();
        return new Budget(id, workspaceId, projectId, cur, parsed,
                Json.stringList(thresholds).stream().map(BigDecimal::new).toList(), visible, version, createdAt,
                updatedAt);
    }

    private static Map<String, Object> line(BudgetLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", l.category().name());
        m.put("planned", l.planned().amount().toPlainString());
        Map<String, String> phases = new LinkedHashMap<>();
        l.phases().forEach((month, amount) -> phases.put(month.toString(), amount.toPlainString()));
        m.put("phases", phases);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static BudgetLine line(Map<String, Object> m, String currency) {
        Map<YearMonth, BigDecimal> phases = new TreeMap<>();
        ((Map<String, Object>) m.getOrDefault("phases", Map.of())).forEach((month, amount) ->
                phases.put(YearMonth.parse(month), new BigDecimal(String.valueOf(amount))));
        return new BudgetLine(CostCategory.valueOf((String) m.get("category")),
                new Money(new BigDecimal((String) m.get("planned")), currency), phases);
    }
}

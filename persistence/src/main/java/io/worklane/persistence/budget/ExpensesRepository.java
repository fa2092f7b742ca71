package io.worklane.persistence.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.CostCategory;
import io.worklane.domain.budget.Expense;
import io.worklane.domain.budget.ExpenseFilter;
import io.worklane.domain.budget.Expenses;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExpensesRepository implements Expenses {
    private static final String SELECT = "SELECT " + ExpenseMapping.COLUMNS + " FROM expenses";
    /** A project's expenses per category, date and currency: what the summary converts and sums. */
    static final String COSTS = "SELECT category, expense_date, currency, sum(amount) AS amount FROM expenses"
            + " WHERE workspace_id = $1 AND project_id = $2 GROUP BY category, expense_date, currency";
    private final Sql sql;

    public ExpensesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Expense>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                ExpenseMapping::fromRow);
    }

    @Override
    public Uni<Page<Expense>> list(UUID workspaceId, ExpenseFilter f, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId)
                .whereIf(f.projectId() != null, "project_id = ?", f.projectId())
                .whereIf(f.category() != null, "category = ?", f.category() == null ? null : f.category().name())
                .whereIf(f.workItemId() != null, "work_item_id = ?", f.workItemId())
                .whereIf(f.from() != null, "expense_date >= ?", f.from())
                .whereIf(f.to() != null, "expense_date <= ?", f.to());
        if (f.managedOnly()) {
            p.where("project_id = ANY(?)", f.managed().toArray(UUID[]::new));
        } else if (f.visibleToMember() != null) { // a MEMBER: what it may see, and the expenses of what it manages
            p.where("(project_id IN (SELECT p.id FROM projects p LEFT JOIN budgets b ON b.project_id = p.id"
                    + " WHERE p.lead_id = " + p.add(f.visibleToMember()) + " OR b.visible_to_members)"
                    + " OR project_id = ANY(" + p.add(f.managed().toArray(UUID[]::new)) + "))");
        }
        Cursor after = page.after();
        if (after != null) {
            p.where(Keyset.after("expense_date", "id", false, p.add(date(after)), p.add(after.id())));
        }
        return sql.list(SELECT + p.clause() + " ORDER BY expense_date, id LIMIT " + (page.limit() + 1), p.tuple(),
                        ExpenseMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "date", x -> x.date().toString(), Expense::id));
    }

    @Override
    public Uni<List<ActualCost>> costs(UUID workspaceId, UUID projectId) {
        return sql.list(COSTS, Tuple.of(workspaceId, projectId), r -> new ActualCost(
                CostCategory.valueOf(r.getString("category")), r.getLocalDate("expense_date"),
                new Money(r.getBigDecimal("amount"), r.getString("currency").strip())));
    }

    @Override
    public Uni<Map<UUID, List<ActualCost>>> costs(UUID workspaceId, java.util.Collection<UUID> projectIds) {
        String query = "SELECT project_id, category, expense_date, currency, sum(amount) AS amount FROM expenses"
                + " WHERE workspace_id = $1 AND project_id = ANY($2) GROUP BY project_id, category, expense_date,"
                + " currency";
        return sql.query(query, Tuple.of(workspaceId, projectIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, List<ActualCost>> out = new java.util.LinkedHashMap<>();
            projectIds.forEach(id -> out.put(id, new java.util.ArrayList<>()));
            rows.forEach(r -> out.computeIfAbsent(r.getUUID("project_id"), k -> new java.util.ArrayList<>())
                    .add(new ActualCost(CostCategory.valueOf(r.getString("category")), r.getLocalDate("expense_date"),
                            new Money(r.getBigDecimal("amount"), r.getString("currency").strip()))));
            return out;
        });
    }

    @Override
    public Uni<Expense> insert(Expense expense) {
        return Writes.persist(ExpenseMapping.copy(expense, new ExpenseEntity()), "Expense " + expense.id())
                .map(ExpenseMapping::fromEntity);
    }

    @Override
    public Uni<Expense> update(Expense changed) {
        return Writes.update(ExpenseEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Expense " + changed.id(), () -> notFound(changed.id()), e -> ExpenseMapping.copy(changed, e))
                .map(ExpenseMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(ExpenseEntity.class, id, workspaceId, expectedVersion, "Expense " + id,
                () -> notFound(id));
    }

    private static LocalDate date(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.value());
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.INVALID_CURSOR,
                    "The cursor is not one this server issued. Use the nextCursor of a previous page as it is.");
        }
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.EXPENSE_NOT_FOUND, "Expense", id.toString());
    }
}

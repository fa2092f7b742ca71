package io.worklane.persistence.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.BudgetNarrowing;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BudgetsRepository implements Budgets {
    private static final String SELECT = "SELECT " + BudgetMapping.COLUMNS + " FROM budgets";
    /** Budgets a MEMBER may see: of projects it leads, or visible to members. */
    static final String MEMBER_SEES = "(visible_to_members OR project_id IN (SELECT id FROM projects WHERE lead_id = ?))";
    private final Sql sql;

    public BudgetsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Budget>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                BudgetMapping::fromRow);
    }

    @Override
    public Uni<Optional<Budget>> ofProject(UUID workspaceId, UUID projectId) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND project_id = $2", Tuple.of(workspaceId, projectId),
                BudgetMapping::fromRow);
    }

    @Override
    public Uni<List<Budget>> ofProjects(UUID workspaceId, Collection<UUID> projectIds) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND project_id = ANY($2)",
                Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)), BudgetMapping::fromRow);
    }

    @Override
    public Uni<Page<Budget>> list(UUID workspaceId, UUID projectId, BudgetNarrowing narrowing, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId)
                .whereIf(projectId != null, "project_id = ?", projectId);
        UUID[] managed = narrowing.managed().toArray(UUID[]::new);
        if (narrowing.managedOnly()) {
            p.where("project_id = ANY(?)", managed);
        } else if (narrowing.memberId() != null) { // a MEMBER: what it may see, and the budgets of what it manages
            p.where("(" + MEMBER_SEES.replace("?", p.add(narrowing.memberId())) + " OR project_id = ANY("
                    + p.add(managed) + "))");
        }
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                        BudgetMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", b -> Keyset.timestampValue(b.createdAt()),
                        Budget::id));
    }

    @Override
    public Uni<Budget> insert(Budget budget) {
        return Writes.persist(BudgetMapping.copy(budget, new BudgetEntity()), "Budget " + budget.id())
                .map(BudgetMapping::fromEntity)
                .onFailure(e -> e instanceof DomainException d && d.code() == ErrorCode.BUDGET_ALREADY_EXISTS)
                .transform(e -> new DomainException(ErrorCode.BUDGET_ALREADY_EXISTS, "The project already has a"
                        + " budget; a project has one. Change it (PATCH …/budgets/{id}) instead."));
    }

    @Override
    public Uni<Budget> update(Budget changed) {
        return Writes.update(BudgetEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Budget " + changed.id(), () -> notFound(changed.id()), e -> BudgetMapping.copy(changed, e))
                .map(BudgetMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(BudgetEntity.class, id, workspaceId, expectedVersion, "Budget " + id, () -> notFound(id));
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.BUDGET_NOT_FOUND, "Budget", id.toString());
    }
}

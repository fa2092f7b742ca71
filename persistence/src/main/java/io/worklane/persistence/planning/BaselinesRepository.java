package io.worklane.persistence.planning;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.budget.Amounts;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.Baselines;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BaselinesRepository implements Baselines {
    private static final String COLUMNS = "SELECT id, workspace_id, project_id, name, finish_date, bac_amount,"
            + " bac_currency, budget_visible_to_members, jsonb_array_length(items) AS item_count, created_by, version,"
            + " created_at";
    private final Sql sql;

    public BaselinesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Baseline>> find(UUID workspaceId, UUID id) {
        return sql.one(COLUMNS + ", cast(items AS text) AS items FROM project_baselines WHERE workspace_id = $1"
                + " AND id = $2", Tuple.of(workspaceId, id), r -> fromRow(r, BaselineJson.read(r.getString("items"))));
    }

    @Override
    public Uni<List<Baseline>> ofProjects(UUID workspaceId, Collection<UUID> projectIds) {
        return sql.list(COLUMNS + " FROM project_baselines WHERE workspace_id = $1 AND project_id = ANY($2)"
                        + " ORDER BY created_at, id", Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)),
                r -> fromRow(r, List.of()));
    }

    /** Two statements: a statement's snapshot is taken before it waits for the lock, so the count comes after. */
    @Override
    public Uni<Long> lockAndCount(UUID workspaceId, UUID projectId) {
        return Writes.inSession(s -> Writes.advisoryLock(s, "baselines:" + projectId)
                        .chain(() -> Writes.<Long>nativeQuery(s, "SELECT count(*) FROM project_baselines"
                                        + " WHERE workspace_id = :ws AND project_id = :p")
                                .setParameter("ws", workspaceId).setParameter("p", projectId).getSingleResult()));
    }

    @Override
    public Uni<Baseline> insert(Baseline b) {
        return Writes.persist(copy(b), "Baseline " + b.name()).map(e -> b);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(BaselineEntity.class, id, workspaceId, expectedVersion, "Baseline " + id,
                () -> DomainException.notFound(ErrorCode.BASELINE_NOT_FOUND, "Baseline", id.toString()));
    }

    private static BaselineEntity copy(Baseline b) {
        BaselineEntity e = new BaselineEntity();
        e.id = b.id();
        e.workspaceId = b.workspaceId();
        e.projectId = b.projectId();
        e.name = b.name();
        e.finishDate = b.finish();
        e.bacAmount = b.bac() == null ? null : b.bac().amount();
        e.bacCurrency = b.bac() == null ? null : b.bac().currency();
        e.budgetVisibleToMembers = b.budgetVisibleToMembers();
        e.items = BaselineJson.write(b.items());
        e.createdBy = b.createdBy();
        e.createdAt = b.createdAt();
        e.updatedAt = b.createdAt();
        return e;
    }

    private static Baseline fromRow(Row r, List<io.worklane.domain.planning.BaselineItem> items) {
        BigDecimal amount = r.getBigDecimal("bac_amount");
        return new Baseline(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"), r.getString("name"),
                r.getLocalDate("finish_date"), amount == null ? null
                : Amounts.round(amount, r.getString("bac_currency").strip()), r.getBoolean("budget_visible_to_members"), items,
                r.getInteger("item_count"), r.getString("created_by"), r.getLong("version"),
                Rows.instant(r, "created_at"));
    }
}

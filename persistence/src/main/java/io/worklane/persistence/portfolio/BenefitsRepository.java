package io.worklane.persistence.portfolio;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.portfolio.ExpectedBenefit;
import io.worklane.domain.portfolio.ExpectedBenefits;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Money;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BenefitsRepository implements ExpectedBenefits {
    private static final String SELECT = "SELECT id, workspace_id, amount, currency, note, version, created_at,"
            + " updated_at FROM project_benefits";
    private final Sql sql;

    public BenefitsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<ExpectedBenefit>> find(UUID workspaceId, UUID projectId) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, projectId),
                BenefitsRepository::fromRow);
    }

    @Override
    public Uni<Map<UUID, ExpectedBenefit>> ofProjects(UUID workspaceId, Collection<UUID> projectIds) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND id = ANY($2)",
                Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)), BenefitsRepository::fromRow).map(rows -> {
                    Map<UUID, ExpectedBenefit> out = new LinkedHashMap<>();
                    rows.forEach(b -> out.put(b.projectId(), b));
                    return out;
                });
    }

    @Override
    public Uni<ExpectedBenefit> save(ExpectedBenefit b, long expectedVersion) {
        String what = "Expected benefits of project " + b.projectId();
        if (expectedVersion < 0) {
            return Writes.persist(copy(b, new BenefitEntity()), what).map(BenefitsRepository::fromEntity);
        }
        return Writes.update(BenefitEntity.class, b.projectId(), b.workspaceId(), expectedVersion, what,
                () -> notFound(b.projectId()), e -> copy(b, e)).map(BenefitsRepository::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID projectId, long expectedVersion) {
        return Writes.delete(BenefitEntity.class, projectId, workspaceId, expectedVersion,
                "Expected benefits of project " + projectId, () -> notFound(projectId));
    }

    private static BenefitEntity copy(ExpectedBenefit b, BenefitEntity e) {
        e.id = b.projectId();
        e.workspaceId = b.workspaceId();
        e.amount = b.amount().amount();
        e.currency = b.amount().currency();
        e.note = b.note();
        e.createdAt = b.createdAt();
        e.updatedAt = b.updatedAt();
        return e;
    }

    private static ExpectedBenefit fromEntity(BenefitEntity e) {
        return new ExpectedBenefit(e.id, e.workspaceId, money(e.amount, e.currency), e.note, e.version, e.createdAt,
                e.updatedAt);
    }

    private static ExpectedBenefit fromRow(Row r) {
        return new ExpectedBenefit(r.getUUID("id"), r.getUUID("workspace_id"), money(r.getBigDecimal("amount"),
                r.getString("currency")), r.getString("note"), r.getLong("version"), Rows.instant(r, "created_at"),
                Rows.instant(r, "updated_at"));
    }

    /** Stored with 4 decimals; shown with the currency's own. */
    private static Money money(java.math.BigDecimal amount, String currency) {
        return io.worklane.domain.budget.Amounts.round(amount, currency.strip());
    }

    private static DomainException notFound(UUID projectId) {
        return new DomainException(ErrorCode.EXPECTED_BENEFITS_NOT_FOUND, "Project " + projectId
                + " states no expected benefits. PUT them first.");
    }
}

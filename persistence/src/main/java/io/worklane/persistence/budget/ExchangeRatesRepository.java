package io.worklane.persistence.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.budget.ExchangeRate;
import io.worklane.domain.budget.ExchangeRateTable;
import io.worklane.domain.budget.ExchangeRates;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExchangeRatesRepository implements ExchangeRates {
    private static final String SELECT = "SELECT " + ExpenseMapping.RATE_COLUMNS + " FROM exchange_rates";
    private final Sql sql;

    public ExchangeRatesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<ExchangeRate>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                ExpenseMapping::rateFromRow);
    }

    @Override
    public Uni<Page<ExchangeRate>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                        ExpenseMapping::rateFromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", r -> Keyset.timestampValue(r.createdAt()),
                        ExchangeRate::id));
    }

    @Override
    public Uni<ExchangeRateTable> table(UUID workspaceId) {
        return sql.list(SELECT + " WHERE workspace_id = $1", Tuple.of(workspaceId), ExpenseMapping::rateFromRow)
                .map(ExchangeRateTable::new);
    }

    @Override
    public Uni<ExchangeRate> insert(ExchangeRate rate) {
        return Writes.persist(ExpenseMapping.copy(rate, new ExchangeRateEntity()), "Exchange rate " + rate.id())
                .map(ExpenseMapping::rateFromEntity)
                .onFailure(e -> e instanceof DomainException d && d.code() == ErrorCode.EXCHANGE_RATE_ALREADY_EXISTS)
                .transform(e -> new DomainException(ErrorCode.EXCHANGE_RATE_ALREADY_EXISTS, "There already is a rate"
                        + " from " + rate.from() + " to " + rate.to() + " effective from " + rate.effectiveFrom()
                        + ". Delete it first, or give another date."));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(ExchangeRateEntity.class, id, workspaceId, expectedVersion, "Exchange rate " + id,
                () -> DomainException.notFound(ErrorCode.EXCHANGE_RATE_NOT_FOUND, "Exchange rate", id.toString()));
    }
}

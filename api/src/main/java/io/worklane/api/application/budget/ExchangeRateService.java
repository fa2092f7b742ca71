package io.worklane.api.application.budget;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.ExchangeRate;
import io.worklane.domain.budget.ExchangeRates;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A workspace's exchange rate table: written with {@code budgets:write}, read with {@code budgets:read}.
 * Rates are added and deleted, never edited: a correction is a new rate, so the history of the
 * conversions made stays readable.
 */
@ApplicationScoped
public class ExchangeRateService {
    private final ExchangeRates rates;
    private final Access access;
    private final Now now;

    public ExchangeRateService(ExchangeRates rates, Access access, Now now) {
        this.rates = rates;
        this.access = access;
        this.now = now;
    }

    @WithTransaction
    public Uni<ExchangeRate> create(Caller caller, String wsRef, String from, String to, String rate,
                                    LocalDate effectiveFrom) {
        return access.workspace(caller, wsRef, Scope.BUDGETS_WRITE).chain(ws -> rates.insert(
                ExchangeRate.create(ws.id(), from, to, rate, effectiveFrom, now.instant())));
    }

    public Uni<ExchangeRate> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.BUDGETS_READ).chain(ws -> load(ws.id(), id));
    }

    public Uni<Page<ExchangeRate>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.BUDGETS_READ).chain(ws -> rates.list(ws.id(), page));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.BUDGETS_WRITE).chain(ws -> load(ws.id(), id).chain(r -> {
            ExpectedVersion.check(expectedVersion, r.version(), "Exchange rate " + r.id());
            return rates.delete(ws.id(), r.id(), r.version()).replaceWith(r.id());
        }));
    }

    private Uni<ExchangeRate> load(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<ExchangeRate>empty()) : rates.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.EXCHANGE_RATE_NOT_FOUND,
                        "Exchange rate", String.valueOf(ref))));
    }
}

package io.worklane.domain.budget;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Port: a workspace's exchange rate table. */
public interface ExchangeRates {
    Uni<Optional<ExchangeRate>> find(UUID workspaceId, UUID id);

    /** Oldest first. */
    Uni<Page<ExchangeRate>> list(UUID workspaceId, PageRequest page);

    /** Every rate of the workspace, for conversions (a table is small: a few pairs, a rate a month). */
    Uni<ExchangeRateTable> table(UUID workspaceId);

    /** Fails with EXCHANGE_RATE_ALREADY_EXISTS for a second rate of a pair on the same date. */
    Uni<ExchangeRate> insert(ExchangeRate rate);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}

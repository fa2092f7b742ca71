package io.worklane.domain.portfolio;

import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.UUID;

/**
 * The value a project is expected to bring (its business case), so portfolios can weigh it against what
 * the project is forecast to cost. One per project; its id is the project's.
 */
public record ExpectedBenefit(UUID projectId, UUID workspaceId, Money amount, String note, long version,
                              Instant createdAt, Instant updatedAt) {
    public static final int MAX_NOTE = 2000;

    public static ExpectedBenefit of(UUID projectId, UUID workspaceId, Money amount, String note, Instant now) {
        new Validation().require(amount.amount().signum() >= 0, "amount", "NEGATIVE", "must not be negative")
                .text(note, "note", 0, MAX_NOTE).orThrow();
        return new ExpectedBenefit(projectId, workspaceId, amount, note, 0, now, now);
    }

    /** The same benefit with a new amount and note, keeping its identity and version. */
    public ExpectedBenefit replacedBy(ExpectedBenefit next, Instant now) {
        return new ExpectedBenefit(projectId, workspaceId, next.amount(), next.note(), version, createdAt, now);
    }
}

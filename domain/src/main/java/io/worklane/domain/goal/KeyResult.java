package io.worklane.domain.goal;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A measurable result of a goal: from {@code start} to {@code target}, now at {@code current} (a target below
 * the start is a decrease to reach). BOOLEAN runs from 0 to 1; WORK keeps 0 → 1 and its progress is derived.
 */
public record KeyResult(UUID id, UUID workspaceId, UUID goalId, String title, KeyResultKind kind, String currency,
                        BigDecimal start, BigDecimal target, BigDecimal current, long version, Instant createdAt,
                        Instant updatedAt) {
    public static final int MAX_TITLE = 200;
    /** Key results of one goal: a handful is the practice; the cap keeps a goal's representation small. */
    public static final int MAX_PER_GOAL = 25;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    public static KeyResult create(UUID workspaceId, UUID goalId, String title, KeyResultKind kind, String currency,
                                   BigDecimal start, BigDecimal target, BigDecimal current, Instant now) {
        boolean fixed = kind == KeyResultKind.BOOLEAN || kind == KeyResultKind.WORK;
        BigDecimal from = fixed ? BigDecimal.ZERO : start;
        BigDecimal to = fixed ? BigDecimal.ONE : target;
        BigDecimal at = fixed ? BigDecimal.ZERO : current == null ? start : current;
        KeyResult draft = new KeyResult(Ids.newId(), workspaceId, goalId, title == null ? null : title.strip(), kind,
                kind == KeyResultKind.CURRENCY ? currency : null, from, to, at, 0, now, now);
        draft.validate(currency);
        return draft;
    }

    /** The key result as it read at an earlier date: its value then (asOf, ADR 0066). */
    public KeyResult valuedAt(BigDecimal then) {
        return new KeyResult(id, workspaceId, goalId, title, kind, currency, start, target, then, version, createdAt,
                updatedAt);
    }

    public KeyResult change(String newTitle, BigDecimal newStart, BigDecimal newTarget, Instant now) {
        boolean fixed = kind == KeyResultKind.BOOLEAN || kind == KeyResultKind.WORK;
        KeyResult changed = new KeyResult(id, workspaceId, goalId, newTitle == null ? title : newTitle.strip(), kind,
                currency, fixed || newStart == null ? start : newStart, fixed || newTarget == null ? target : newTarget,
                current, version, createdAt, now);
        changed.validate(currency);
        return changed;
    }

    /** The value a check-in sets (BOOLEAN: 1 done, 0 not done); WORK takes none. */
    public KeyResult checkIn(BigDecimal value, Instant now) {
        if (!kind.checkedIn()) {
            throw new DomainException(ErrorCode.KEY_RESULT_DERIVED, "Key result " + title + " is WORK: its progress"
                    + " comes from the goal's linked projects, so it takes no check-ins.");
        }
        new Validation().require(inRange(value), "value", "OUT_OF_RANGE", "must be between -10^15 and 10^15")
                .orThrow();
        return new KeyResult(id, workspaceId, goalId, title, kind, currency, start, target, value, version,
                createdAt, now);
    }

    private void validate(String givenCurrency) {
        new Validation().text(title, "title", 1, MAX_TITLE)
                .require(kind != null, "kind", "REQUIRED", "one of NUMBER, PERCENT, CURRENCY, BOOLEAN, WORK")
                .require(start != null, "start", "REQUIRED", "the value the key result starts from is required")
                .require(target != null, "target", "REQUIRED", "the value to reach is required")
                .require(inRange(start) && inRange(target) && inRange(current), "target", "OUT_OF_RANGE",
                        "start, target and current must be between -10^15 and 10^15")
                .require(kind != KeyResultKind.CURRENCY || Money.isCurrency(givenCurrency), "currency",
                        "UNKNOWN_CURRENCY", "a CURRENCY key result needs an ISO 4217 code such as EUR, not '"
                                + givenCurrency + "'")
                .require(kind == KeyResultKind.CURRENCY || givenCurrency == null, "currency", "NOT_ALLOWED",
                        "only a CURRENCY key result has a currency")
                .orThrow();
    }

    private static boolean inRange(BigDecimal v) {
        return v == null || v.abs().compareTo(LIMIT) < 0;
    }
}

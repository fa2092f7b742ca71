package io.worklane.domain.resource;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A resource reserved for a project (or one of its work items) from a day to a day, either as a fixed
 * number of minutes per week or as a percent of its capacity. Overlaps and going above capacity are
 * allowed: the workload reports them.
 */
public record Allocation(UUID id, UUID workspaceId, UUID resourceId, UUID projectId, UUID workItemId, LocalDate from,
                         LocalDate to, Integer minutesPerWeek, BigDecimal percent, String note, long version,
                         Instant createdAt, Instant updatedAt) {
    /** 7 days of 24 h. */
    public static final int MAX_MINUTES_PER_WEEK = 7 * 1440;
    public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

    public Allocation {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(projectId, "projectId");
    }

    public static Allocation create(UUID workspaceId, NewAllocation n, Instant now) {
        return read(Ids.newId(), workspaceId, n, 0, now, now);
    }

    public Allocation change(NewAllocation n, Instant now) {
        return read(id, workspaceId, n, version, createdAt, now);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public NewAllocation toNew() {
        return new NewAllocation(resourceId, projectId, workItemId, from.toString(), to.toString(), minutesPerWeek,
                percent, note);
    }

    private static Allocation read(UUID id, UUID workspaceId, NewAllocation n, long version, Instant createdAt,
                                   Instant now) {
        Validation v = new Validation();
        LocalDate from = ResourceInputs.date(n.from(), "from", v);
        LocalDate to = ResourceInputs.date(n.to(), "to", v);
        if (from != null && to != null) {
            v.require(!to.isBefore(from), "to", "TO_BEFORE_FROM", "must not be before from (" + from + ")");
        }
        if ((n.minutesPerWeek() == null) == (n.percent() == null)) {
            v.add(new FieldError("minutesPerWeek", "ONE_OF_REQUIRED", "give either minutesPerWeek or percent"));
        } else if (n.minutesPerWeek() != null) {
            v.require(n.minutesPerWeek() > 0 && n.minutesPerWeek() <= MAX_MINUTES_PER_WEEK, "minutesPerWeek",
                    "MINUTES_OUT_OF_RANGE", "must be from 1 to " + MAX_MINUTES_PER_WEEK + " (24 h a day), not "
                            + n.minutesPerWeek());
        } else {
            boolean inRange = n.percent().signum() > 0 && n.percent().compareTo(MAX_PERCENT) <= 0;
            v.require(inRange, "percent", "PERCENT_OUT_OF_RANGE", "must be above 0 and at most 100, not "
                    + n.percent().toPlainString());
            v.require(!inRange || n.percent().stripTrailingZeros().scale() <= 2, "percent", "TOO_MANY_DECIMALS",
                    "at most 2 decimals");
        }
        v.text(n.note(), "note", 0, 2000);
        v.orThrow();
        return new Allocation(id, workspaceId, n.resourceId(), n.projectId(), n.workItemId(), from, to,
                n.minutesPerWeek(), n.percent(), n.note(), version, createdAt, now);
    }
}

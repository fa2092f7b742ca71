package io.worklane.domain.time;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An approved period of one resource's time: its entries are locked until the approval is withdrawn. */
public record TimeApproval(UUID id, UUID workspaceId, UUID resourceId, LocalDate from, LocalDate to,
                           String approvedBy, Instant approvedAt, long version) {
    public static final int MAX_DAYS = 366;

    public static TimeApproval create(UUID workspaceId, UUID resourceId, LocalDate from, LocalDate to,
                                      String approvedBy, Instant now) {
        Validation v = new Validation();
        v.require(from != null, "from", "REQUIRED", "is required (YYYY-MM-DD)");
        v.require(to != null, "to", "REQUIRED", "is required (YYYY-MM-DD)");
        if (from != null && to != null) {
            v.require(!to.isBefore(from), "to", "TO_BEFORE_FROM", "must not be before from (" + from + ")");
            v.require(!to.isAfter(from.plusDays(MAX_DAYS - 1)), "to", "RANGE_TOO_LONG", "at most " + MAX_DAYS
                    + " days at once");
        }
        v.orThrow();
        return new TimeApproval(Ids.newId(), workspaceId, resourceId, from, to, approvedBy, now, 0);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

package io.worklane.domain.planning;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.UUID;

/**
 * An ordering between two work items of a workspace: the successor waits for the predecessor as its
 * type says, shifted by {@code lagDays} working days (negative: a lead). Dependencies never form a cycle
 * ({@link DependencyCycles}).
 */
public record Dependency(UUID id, UUID workspaceId, UUID predecessorId, UUID successorId, DependencyType type,
                         int lagDays, long version, Instant createdAt) {
    public static final int MAX_LAG = 3_650;

    public static Dependency create(UUID workspaceId, UUID predecessorId, UUID successorId, DependencyType type,
                                    Integer lagDays, String successorKey, Instant now) {
        if (predecessorId.equals(successorId)) {
            throw new DomainException(ErrorCode.DEPENDENCY_SELF, successorKey + " cannot depend on itself: choose "
                    + "another item as its predecessor.");
        }
        int lag = lagDays == null ? 0 : lagDays;
        new Validation().require(Math.abs(lag) <= MAX_LAG, "lagDays", "OUT_OF_RANGE",
                "must be between -" + MAX_LAG + " and " + MAX_LAG + " working days (negative is a lead)").orThrow();
        return new Dependency(Ids.newId(), workspaceId, predecessorId, successorId,
                type == null ? DependencyType.FS : type, lag, 0, now);
    }
}

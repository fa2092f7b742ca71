package io.worklane.domain.planning;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stage of a project (design, build, launch…), in order, with an optional date range; items may belong to one. */
public record Phase(UUID id, UUID workspaceId, UUID projectId, String name, int position, LocalDate startDate,
                   LocalDate endDate, long version, Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME = 200;

    public static Phase create(UUID workspaceId, UUID projectId, String name, int position, LocalDate start,
                               LocalDate end, Instant now) {
        Phase draft = new Phase(Ids.newId(), workspaceId, projectId, name == null ? null : name.strip(), position,
                start, end, 0, now, now);
        draft.validate();
        return draft;
    }

    /** The phase renamed, moved or re-dated (null arguments keep what it has, as a merge patch resolved). */
    public Phase change(String newName, Integer newPosition, LocalDate newStart, LocalDate newEnd, Instant now) {
        Phase changed = new Phase(id, workspaceId, projectId, newName == null ? name : newName.strip(),
                newPosition == null ? position : newPosition, newStart, newEnd, version, createdAt, now);
        changed.validate();
        return changed;
    }

    private void validate() {
        new Validation().text(name, "name", 1, MAX_NAME)
                .require(position >= 0, "position", "OUT_OF_RANGE", "must be 0 or more")
                .require(startDate == null || endDate == null || !endDate.isBefore(startDate), "endDate",
                        "BEFORE_START", "must not be before startDate")
                .orThrow();
    }
}

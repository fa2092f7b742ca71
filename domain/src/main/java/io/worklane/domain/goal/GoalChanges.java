package io.worklane.domain.goal;

import io.worklane.domain.shared.Change;
import java.time.LocalDate;
import java.util.UUID;

/** A partial change of a goal's own fields (its links change through link and unlink). */
public record GoalChanges(Change<String> title, Change<String> description, Change<UUID> ownerId,
                          Change<LocalDate> periodStart, Change<LocalDate> periodEnd, Change<UUID> parentId,
                          Change<GoalStatus> status) {
}

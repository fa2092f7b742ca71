package io.worklane.api.application.goal;

import io.worklane.domain.goal.GoalStatus;
import io.worklane.domain.shared.Change;
import java.time.LocalDate;
import java.util.UUID;

/** A partial change of a goal as a caller writes it (the parent by id; null moves it to the top). */
public record GoalPatch(Change<String> title, Change<String> description, Change<UUID> owner,
                        Change<LocalDate> periodStart, Change<LocalDate> periodEnd, Change<String> parent,
                        Change<GoalStatus> status) {
}

package io.worklane.api.application.goal;

import io.worklane.domain.goal.GoalStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A new goal as a caller writes it: the parent by id. */
public record GoalDraft(String title, String description, UUID owner, LocalDate periodStart, LocalDate periodEnd,
                        String parent, GoalStatus status) {
}

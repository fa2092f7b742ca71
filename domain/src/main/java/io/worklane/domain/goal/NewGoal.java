package io.worklane.domain.goal;

import java.time.LocalDate;
import java.util.UUID;

/** What a new goal is made of. */
public record NewGoal(String title, String description, UUID ownerId, LocalDate periodStart, LocalDate periodEnd,
                      UUID parentId, GoalStatus status) {
}

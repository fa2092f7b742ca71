package io.worklane.api.application.goal;

import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.KeyResult;
import io.worklane.domain.project.Project;
import java.math.BigDecimal;
import java.util.List;

/** A goal with its progress (4 decimals, null without any), its key results' progress and its projects resolved. */
public record ShownGoal(Goal goal, BigDecimal progress, List<Measured> keyResults, List<Project> projects) {
    /** A key result and its progress, 4 decimals. */
    public record Measured(KeyResult keyResult, BigDecimal progress) {
    }
}

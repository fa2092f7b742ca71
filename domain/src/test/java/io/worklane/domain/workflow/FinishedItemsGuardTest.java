package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.aMemberMoving;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.workflow.StateCategory.CANCELLED;
import static io.worklane.domain.workflow.StateCategory.DONE;
import static io.worklane.domain.workflow.StateCategory.IN_PROGRESS;
import static io.worklane.domain.workflow.StateCategory.TODO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** CHILDREN_DONE: every child item must be DONE or CANCELLED (PREDECESSORS_DONE: PredecessorsDoneGuardTest). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FinishedItemsGuardTest {

    private static GuardResult children(StateCategory... categories) {
        return Guard.childrenDone().evaluate(aMemberMoving(aWorkItem()).withChildren(List.of(categories)));
    }

    @Test
    void children_done_counts_the_children_still_open() {
        assertThat(children(DONE, TODO, IN_PROGRESS, DONE, CANCELLED))
                .isEqualTo(new GuardResult(GuardType.CHILDREN_DONE, false, "2 of 5 child items are not done yet."));
        assertThat(children(DONE, TODO, DONE).reason()).isEqualTo("1 of 3 child items is not done yet.");
        assertThat(children(IN_PROGRESS).reason()).isEqualTo("The child item is not done yet.");
    }

    @Test
    void children_done_passes_when_every_child_is_done_or_cancelled() {
        assertThat(children(DONE, CANCELLED, DONE))
                .isEqualTo(new GuardResult(GuardType.CHILDREN_DONE, true, "All 3 child items are done or cancelled."));
        assertThat(children(DONE).reason()).isEqualTo("The child item is done or cancelled.");
    }

    @Test
    void children_done_passes_without_children() {
        assertThat(children()).isEqualTo(new GuardResult(GuardType.CHILDREN_DONE, true, "There are no child items."));
    }
}

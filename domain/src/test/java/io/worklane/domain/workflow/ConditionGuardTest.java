package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.aMemberMoving;
import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConditionGuardTest {
    private final WorkItem urgentBug = WorkItem.create(aProject(), 1,
            aNewWorkItem().type(WorkItemType.BUG).priority(Priority.URGENT).build(), NOW);

    private GuardResult evaluate(String filter) {
        return Guard.condition(filter).evaluate(aMemberMoving(urgentBug));
    }

    @Test
    void passes_when_the_item_matches_the_filter() {
        assertThat(evaluate("priority = URGENT"))
                .isEqualTo(new GuardResult(GuardType.CONDITION, true, "The item matches 'priority = URGENT'."));
        assertThat(evaluate("type != TASK").passed()).isTrue();
        assertThat(evaluate("status = todo").passed()).isTrue();
    }

    @Test
    void fails_when_the_item_does_not_match_and_quotes_the_filter() {
        assertThat(evaluate("type = STORY"))
                .isEqualTo(new GuardResult(GuardType.CONDITION, false,
                        "The item does not match 'type = STORY'; change it so that it does."));
        assertThat(evaluate("priority != URGENT").passed()).isFalse();
    }

    @Test
    void a_stored_filter_that_no_longer_parses_blocks_the_move_with_a_way_forward() {
        // the guard was never validated, as if the filter language changed after the workflow was saved
        assertThat(evaluate("colour = red"))
                .isEqualTo(new GuardResult(GuardType.CONDITION, false, "The condition 'colour = red' is not a valid "
                        + "filter any more; ask a workspace administrator to fix this workflow."));
    }
}

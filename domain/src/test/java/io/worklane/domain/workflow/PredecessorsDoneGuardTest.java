package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.aMemberMoving;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.planning.DependencyType.FF;
import static io.worklane.domain.planning.DependencyType.FS;
import static io.worklane.domain.planning.DependencyType.SF;
import static io.worklane.domain.planning.DependencyType.SS;
import static io.worklane.domain.workflow.StateCategory.CANCELLED;
import static io.worklane.domain.workflow.StateCategory.DONE;
import static io.worklane.domain.workflow.StateCategory.IN_PROGRESS;
import static io.worklane.domain.workflow.StateCategory.TODO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** PREDECESSORS_DONE follows each dependency's type and names the items holding the move back. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PredecessorsDoneGuardTest {

    private static GuardResult moving(StateCategory target, PredecessorState... predecessors) {
        return Guard.predecessorsDone().evaluate(aMemberMoving(aWorkItem()).withPredecessors(List.of(predecessors))
                .towards(target));
    }

    private static PredecessorState p(String key, io.worklane.domain.planning.DependencyType type, StateCategory c) {
        return new PredecessorState(key, type, c);
    }

    @Test
    void finish_to_start_waits_for_the_predecessor_to_be_done_or_cancelled_whatever_the_move() {
        assertThat(moving(IN_PROGRESS, p("ENG-3", FS, IN_PROGRESS))).isEqualTo(new GuardResult(
                GuardType.PREDECESSORS_DONE, false, "Waiting for ENG-3 to finish (FS)."));
        assertThat(moving(IN_PROGRESS, p("ENG-3", FS, DONE)).passed()).isTrue();
        assertThat(moving(IN_PROGRESS, p("ENG-3", FS, CANCELLED)).passed()).isTrue();
    }

    @Test
    void start_to_start_waits_only_for_the_predecessor_to_have_started() {
        assertThat(moving(IN_PROGRESS, p("ENG-3", SS, TODO)).reason()).isEqualTo("Waiting for ENG-3 to start (SS).");
        assertThat(moving(IN_PROGRESS, p("ENG-3", SS, IN_PROGRESS)).passed()).isTrue();
    }

    @Test
    void finish_to_finish_holds_back_only_the_move_into_a_done_state() {
        assertThat(moving(IN_PROGRESS, p("ENG-3", FF, TODO)).passed()).isTrue();
        assertThat(moving(DONE, p("ENG-3", FF, IN_PROGRESS)).reason()).isEqualTo("Waiting for ENG-3 to finish (FF).");
        assertThat(moving(DONE, p("ENG-3", FF, DONE)).passed()).isTrue();
    }

    @Test
    void start_to_finish_lets_the_item_finish_once_the_predecessor_has_started() {
        assertThat(moving(IN_PROGRESS, p("ENG-3", SF, TODO)).passed()).isTrue();
        assertThat(moving(DONE, p("ENG-3", SF, TODO)).reason()).isEqualTo("Waiting for ENG-3 to start (SF).");
        assertThat(moving(DONE, p("ENG-3", SF, IN_PROGRESS)).passed()).isTrue();
    }

    @Test
    void a_refusal_names_every_predecessor_holding_the_item_back_and_only_those() {
        GuardResult r = moving(DONE, p("ENG-1", FS, DONE), p("ENG-2", FS, TODO), p("ENG-5", SS, TODO),
                p("ENG-7", FF, IN_PROGRESS));
        assertThat(r.passed()).isFalse();
        assertThat(r.reason()).isEqualTo(
                "Waiting for ENG-2 to finish (FS), ENG-5 to start (SS) and ENG-7 to finish (FF).");
    }

    @Test
    void passing_says_so_and_an_item_without_predecessors_passes() {
        assertThat(moving(DONE, p("ENG-1", FS, DONE)).reason()).isEqualTo("The predecessor ENG-1 allows it.");
        assertThat(moving(DONE, p("ENG-1", FS, DONE), p("ENG-2", SS, IN_PROGRESS), p("ENG-3", SF, DONE)).reason())
                .isEqualTo("All 3 predecessors allow it.");
        assertThat(Guard.predecessorsDone().evaluate(aMemberMoving(aWorkItem())))
                .isEqualTo(new GuardResult(GuardType.PREDECESSORS_DONE, true, "There are no predecessors."));
    }
}

package io.worklane.api.activity;

import static io.worklane.api.activity.Activity.anItemIn;
import static io.worklane.api.activity.Activity.cycleTimeOf;
import static io.worklane.api.activity.Activity.durationsOf;
import static io.worklane.api.activity.Activity.move;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.SteppedClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures drawn from the history: time in each state per item, cycle time per project. The clock
 * stands still between steps ({@link SteppedClock}), so every figure is known to the second.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ActivityFiguresRestTest {

    @Test
    void time_in_each_state_sums_the_recorded_status_changes_until_now() {
        SteppedClock clock = SteppedClock.install();
        String ws = aWorkspace();
        aProject(ws, "DUR");
        aWorkItem(ws, "DUR", "Timed");
        clock.advance(600);
        move(ws, "DUR-1", "in_progress");
        clock.advance(1_800);
        move(ws, "DUR-1", "todo");
        clock.advance(120);
        move(ws, "DUR-1", "in_progress");
        clock.advance(300);
        move(ws, "DUR-1", "done");
        clock.advance(60);

        durationsOf(ws, "DUR-1").body("items.state", equalTo(List.of("todo", "in_progress", "done")))
                .body("items.totalSeconds", equalTo(List.of(720, 2_100, 60)));
        clock.advance(40); // the current state keeps counting
        durationsOf(ws, "DUR-1").body("items[2].totalSeconds", equalTo(100));
    }

    @Test
    void cycle_time_runs_from_leaving_todo_or_from_creation_to_the_last_completion() {
        SteppedClock clock = SteppedClock.install();
        String ws = aWorkspace();
        aProject(ws, "CYC");
        aProject(ws, "IDLE");
        aWorkItem(ws, "CYC", "Started later");        // CYC-1: todo 100 s, then 300 s of work
        anItemIn(ws, "CYC", "in_progress");           // CYC-2: created in progress, done 1,000 s later
        aWorkItem(ws, "CYC", "Done at once");         // CYC-3: todo → done directly: 0 s
        aWorkItem(ws, "CYC", "Reopened");             // CYC-4: started at 10 s, done at 110 s, again at 500 s
        aWorkItem(ws, "CYC", "Still going");          // CYC-5: never completed, not counted
        clock.advance(10);
        move(ws, "CYC-4", "in_progress");
        clock.advance(40);
        move(ws, "CYC-3", "done");
        clock.advance(50);
        move(ws, "CYC-1", "in_progress");
        move(ws, "CYC-5", "in_progress");
        clock.advance(10);
        move(ws, "CYC-4", "done");
        clock.advance(90);
        move(ws, "CYC-4", "in_progress");
        clock.advance(200);
        move(ws, "CYC-1", "done");
        clock.advance(100);
        move(ws, "CYC-4", "done");
        clock.advance(500);
        move(ws, "CYC-2", "done");

        // cycles 300, 1,000, 0 and 490 s: mean 447.5 → 448, median (300 + 490) / 2 = 395
        cycleTimeOf(ws, "CYC").body("completedItems", equalTo(4)).body("averageSeconds", equalTo(448))
                .body("medianSeconds", equalTo(395));
        cycleTimeOf(ws, "IDLE").body("completedItems", equalTo(0)).body("averageSeconds", nullValue())
                .body("medianSeconds", nullValue());
    }
}

package io.worklane.api.application.automation;

import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.Trigger;
import java.time.Duration;
import java.time.Instant;

/** When the scheduler takes up a time-based rule; rules that answer to changes are never due. */
final class Schedules {
    private Schedules() {
    }

    /** On creation or change: a SCHEDULE rule at its next cron time, a DUE_DATE_WITHIN rule at once. */
    static Instant firstRun(AutomationRule rule, Instant now) {
        if (rule.trigger() instanceof Trigger.Schedule schedule) {
            return schedule.nextRun(now);
        }
        return rule.trigger() instanceof Trigger.DueDateWithin ? now : null;
    }

    /** After a run: the next cron time (missed times collapse into this one), or the next due-date sweep. */
    static Instant nextRun(AutomationRule rule, Instant now, Duration dueDateSweep) {
        if (rule.trigger() instanceof Trigger.Schedule schedule) {
            return schedule.nextRun(now);
        }
        return rule.trigger() instanceof Trigger.DueDateWithin ? now.plus(dueDateSweep) : null;
    }
}

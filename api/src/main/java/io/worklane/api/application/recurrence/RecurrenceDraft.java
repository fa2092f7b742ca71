package io.worklane.api.application.recurrence;

import io.worklane.domain.recurrence.RecurrenceRule;
import io.worklane.domain.recurrence.RecurrenceTemplate;

/**
 * A request to start a series: the project (id or key), what each occurrence is, and when, as text (read once
 * the caller's access is known, so that another workspace is 404 before any input is judged).
 */
public record RecurrenceDraft(String project, RecurrenceTemplate template, String rrule, String dtstart,
                              String timeZone) {

    RecurrenceRule rule() {
        return RuleInput.of(rrule, dtstart, timeZone);
    }
}

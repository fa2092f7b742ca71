package io.worklane.api.application.recurrence;

import io.worklane.domain.recurrence.RecurrenceRule;
import io.worklane.domain.recurrence.RecurrenceTemplate;

/** A request to start a series: the project (id or key), what each occurrence is, and when. */
public record RecurrenceDraft(String project, RecurrenceTemplate template, RecurrenceRule rule) {
}

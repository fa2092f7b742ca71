package io.worklane.api.application.time;

/** A time entry as a client wrote it: the resource id and the work item's id or key as text. */
public record TimeEntryDraft(String resource, String workItem, String date, Integer minutes, Boolean billable,
                             String note) {
}

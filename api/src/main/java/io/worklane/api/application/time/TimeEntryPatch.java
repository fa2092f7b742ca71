package io.worklane.api.application.time;

import io.worklane.domain.shared.Change;
import io.worklane.domain.time.TimeEntry;

/** A partial change of a time entry; the resource stays. */
public record TimeEntryPatch(Change<String> workItem, Change<String> date, Change<Integer> minutes,
                             Change<Boolean> billable, Change<String> note) {

    TimeEntryDraft mergedInto(TimeEntry current) {
        return new TimeEntryDraft(current.resourceId().toString(), workItem.or(current.workItemId().toString()),
                date.or(current.date().toString()), minutes.or(current.minutes()), billable.or(current.billable()),
                note.or(current.note()));
    }
}

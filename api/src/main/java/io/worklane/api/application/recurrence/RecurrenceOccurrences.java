package io.worklane.api.application.recurrence;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.workitem.WorkItemDraft;
import io.worklane.api.application.workitem.WorkItemService;
import io.worklane.domain.recurrence.Occurrences;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.RecurrenceCalendar;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import io.worklane.domain.recurrence.Recurrences;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates one due occurrence of a claimed series, inside the claim's transaction: the item through the ordinary
 * work item creation (workflow, activity, {@code work_item.created}, automation), then the link to the series, the
 * series moved on and {@code recurrence.occurred}. All of it commits together or not at all.
 */
@ApplicationScoped
public class RecurrenceOccurrences {
    private final WorkItemService workItems;
    private final Recurrences recurrences;
    private final RecurrenceCalendar calendar;
    private final Events events;

    public RecurrenceOccurrences(WorkItemService workItems, Recurrences recurrences, RecurrenceCalendar calendar,
                                 Events events) {
        this.workItems = workItems;
        this.recurrences = recurrences;
        this.calendar = calendar;
        this.events = events;
    }

    Uni<WorkItem> create(Recurrence series, Instant now) {
        Occurrences.Due due = Occurrences.due(calendar, series, now);
        Instant at = series.rule().instant(due.occurrence());
        Recurrence advanced = series.occurred(at, due.next());
        Caller caller = Caller.recurrence(series.workspaceId(), series.id());
        return workItems.create(caller, series.workspaceId().toString(), draft(series, due.occurrence().toLocalDate()))
                .call(item -> recurrences.advance(advanced, item.id(), at))
                .call(item -> events.record("recurrence.occurred", series.workspaceId(), series.id(), caller, now,
                        occurred(advanced, item, at, due.skipped()), null));
    }

    /** After a failed creation (a closed project, an assignee gone): the series moves past it, with no item. */
    Uni<Void> skip(Recurrence series, Instant now) {
        Occurrences.Due due = Occurrences.due(calendar, series, now);
        return recurrences.reschedule(series.withNext(due.next()));
    }

    private static WorkItemDraft draft(Recurrence series, LocalDate date) {
        RecurrenceTemplate t = series.template();
        return new WorkItemDraft(series.projectId().toString(), t.type(), t.titleOn(date), t.description(), null,
                t.priority(), t.assigneeIds(), null, null, date, t.dueOn(date), t.estimateMinutes(), t.labels(),
                t.customFields());
    }

    private static Map<String, Object> occurred(Recurrence r, WorkItem item, Instant at, int skipped) {
        Map<String, Object> m = new LinkedHashMap<>(RecurrenceData.of(r));
        m.put("workItemId", item.id().toString());
        m.put("workItemKey", item.key());
        m.put("occurrenceAt", at.toString());
        m.put("skipped", skipped);
        return m;
    }
}

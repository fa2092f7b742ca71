package io.worklane.api.rest.recurrence;

import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import io.worklane.domain.recurrence.Recurrences;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.openapi.model.RecurrenceList;
import io.worklane.openapi.model.RecurrenceOccurrence;
import io.worklane.openapi.model.RecurrenceStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;

/** Recurring series as the REST contract shows them, and its template read from a request. */
final class RecurrenceDtos {
    private RecurrenceDtos() {
    }

    static io.worklane.openapi.model.Recurrence recurrence(Recurrence r) {
        return new io.worklane.openapi.model.Recurrence().id(r.id()).projectId(r.projectId())
                .template(template(r.template())).rrule(r.rule().rrule()).dtstart(r.rule().start().toString())
                .timeZone(r.rule().timeZone().getId()).status(RecurrenceStatus.fromValue(r.status().name()))
                .nextOccurrenceAt(at(r.nextOccurrenceAt())).occurrences(r.occurrences())
                .lastOccurrenceAt(at(r.lastOccurrenceAt())).version(r.version()).createdAt(at(r.createdAt()))
                .updatedAt(at(r.updatedAt()));
    }

    static io.worklane.openapi.model.Recurrence withLatest(Recurrence r, List<Recurrences.Occurrence> latest) {
        return recurrence(r).latestOccurrences(latest.stream().map(o -> new RecurrenceOccurrence()
                .workItemId(o.workItemId()).key(o.key()).occurrenceAt(at(o.occurrenceAt()))).toList());
    }

    static RecurrenceList recurrences(Page<Recurrence> page) {
        return new RecurrenceList().items(page.items().stream().map(RecurrenceDtos::recurrence).toList())
                .nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.RecurrenceTemplate template(RecurrenceTemplate t) {
        return new io.worklane.openapi.model.RecurrenceTemplate().title(t.title()).description(t.description())
                .type(t.type() == null ? null : io.worklane.openapi.model.WorkItemType.fromValue(t.type().name()))
                .priority(t.priority() == null ? null : io.worklane.openapi.model.Priority.fromValue(t.priority().name()))
                .assigneeIds(new LinkedHashSet<>(t.assigneeIds())).labels(t.labels())
                .customFields(new java.util.LinkedHashMap<>(t.customFields())).estimateMinutes(t.estimateMinutes())
                .dueInDays(t.dueInDays());
    }

    static RecurrenceTemplate template(io.worklane.openapi.model.RecurrenceTemplate t) {
        if (t == null) {
            return new RecurrenceTemplate(null, null, null, null, null, null, null, null, null);
        }
        return new RecurrenceTemplate(t.getTitle(), t.getDescription(),
                t.getType() == null ? null : WorkItemType.valueOf(t.getType().name()),
                t.getPriority() == null ? null : Priority.valueOf(t.getPriority().name()),
                t.getAssigneeIds() == null ? null : List.copyOf(t.getAssigneeIds()), t.getLabels(),
                t.getCustomFields(), t.getEstimateMinutes(), t.getDueInDays());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

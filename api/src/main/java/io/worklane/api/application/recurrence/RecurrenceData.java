package io.worklane.api.application.recurrence;

import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The event payload of a recurring series. */
final class RecurrenceData {
    private RecurrenceData() {
    }

    static Map<String, Object> of(Recurrence r) {
        Map<String, Object> m = new LinkedHashMap<>();
        RecurrenceTemplate t = r.template();
        m.put("id", r.id().toString());
        m.put("projectId", r.projectId().toString());
        m.put("title", t.title());
        m.put("rrule", r.rule().rrule());
        m.put("dtstart", r.rule().start().toString());
        m.put("timeZone", r.rule().timeZone().getId());
        m.put("dueInDays", t.dueInDays());
        m.put("status", r.status().name());
        m.put("nextOccurrenceAt", r.nextOccurrenceAt() == null ? null : r.nextOccurrenceAt().toString());
        m.put("occurrences", r.occurrences());
        m.put("version", r.version());
        return m;
    }
}

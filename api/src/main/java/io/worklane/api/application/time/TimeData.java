package io.worklane.api.application.time;

import io.worklane.domain.time.TimeEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/** The data of time_entry.* events: no cost (the feed is read without budgets:read). */
final class TimeData {
    private TimeData() {
    }

    static Map<String, Object> of(TimeEntry t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().toString());
        m.put("resourceId", t.resourceId().toString());
        m.put("workItemId", t.workItemId().toString());
        m.put("projectId", t.projectId().toString());
        m.put("date", t.date().toString());
        m.put("minutes", t.minutes());
        m.put("billable", t.billable());
        m.put("note", t.note());
        m.put("version", t.version());
        return m;
    }
}

package io.worklane.api.application.calendar;

import io.worklane.domain.calendar.CalendarFeed;
import java.util.LinkedHashMap;
import java.util.Map;

/** The payload of a feed's events and audit entries: never its token, only the prefix that recognises it. */
final class CalendarFeedData {
    private CalendarFeedData() {
    }

    static Map<String, Object> of(CalendarFeed f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id().toString());
        m.put("scope", f.scope().name());
        m.put("owner", Map.of("kind", f.owner().kind().name(), "id", f.owner().id()));
        if (f.projectId() != null) {
            m.put("project", Map.of("id", f.projectId().toString(), "key", f.projectKey()));
        }
        m.put("tokenPrefix", f.tokenPrefix());
        return m;
    }
}

package io.worklane.api.application.closeout;

import io.worklane.domain.closeout.ProjectClosure;
import java.util.LinkedHashMap;
import java.util.Map;

/** A close-out as the project.closed event carries it. */
final class CloseOutData {
    private CloseOutData() {
    }

    static Map<String, Object> of(ProjectClosure c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().toString());
        m.put("projectId", c.projectId().toString());
        m.put("projectKey", c.projectKey());
        m.put("status", c.finalStatus().name());
        m.put("outcome", c.outcome());
        m.put("lessonsLearned", c.lessonsLearned());
        m.put("forced", c.forced());
        m.put("overridden", c.overridden().stream().map(e -> Map.of("field", e.field(), "code", e.code(),
                "message", e.message())).toList());
        m.put("closedBy", c.closedBy());
        return m;
    }
}

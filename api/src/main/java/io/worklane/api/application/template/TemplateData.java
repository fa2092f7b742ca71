package io.worklane.api.application.template;

import io.worklane.domain.template.ProjectTemplate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What project template events carry: the summary, never the content (a 5,000-item document). */
final class TemplateData {
    private TemplateData() {
    }

    static Map<String, Object> of(ProjectTemplate t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().toString());
        m.put("name", t.name());
        m.put("description", t.description());
        m.put("sourceProjectId", t.sourceProjectId() == null ? null : t.sourceProjectId().toString());
        m.put("itemCount", t.summary().items());
        m.put("phaseCount", t.summary().phases());
        m.put("milestoneCount", t.summary().milestones());
        m.put("dependencyCount", t.summary().dependencies());
        m.put("durationDays", t.summary().durationDays());
        m.put("budget", t.summary().budget());
        return m;
    }
}

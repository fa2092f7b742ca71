package io.worklane.api.application.project;

import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.Project;
import io.worklane.domain.template.ProjectTemplate;
import io.worklane.domain.template.TemplateInstance;
import java.util.LinkedHashMap;
import java.util.Map;

/** Event payloads of projects and custom fields. */
public final class ProjectData {
    private ProjectData() {
    }

    public static Map<String, Object> of(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().toString());
        m.put("key", p.key());
        m.put("name", p.name());
        m.put("description", p.description());
        m.put("kind", p.kind().name());
        m.put("status", p.status().name());
        m.put("leadId", p.leadId() == null ? null : p.leadId().toString());
        m.put("startDate", p.startDate() == null ? null : p.startDate().toString());
        m.put("targetDate", p.targetDate() == null ? null : p.targetDate().toString());
        m.put("visibility", p.visibility().name());
        m.put("version", p.version());
        m.put("updatedAt", p.updatedAt().toString());
        return m;
    }

    /** What instantiating a template made, summed up: one event instead of one per item. */
    static Map<String, Object> instantiated(Project p, ProjectTemplate t, TemplateInstance made) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projectId", p.id().toString());
        m.put("projectKey", p.key());
        m.put("templateId", t.id().toString());
        m.put("templateName", t.name());
        m.put("builtIn", t.builtIn());
        m.put("startDate", p.startDate().toString());
        m.put("targetDate", p.targetDate() == null ? null : p.targetDate().toString());
        m.put("itemCount", made.items().size());
        m.put("phaseCount", made.phases().size());
        m.put("dependencyCount", made.dependencies().size());
        m.put("customFieldCount", made.fields().size());
        m.put("automationRuleCount", made.rules().size());
        m.put("budget", made.budget() != null);
        return m;
    }

    static Map<String, Object> of(CustomField f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id().toString());
        m.put("projectId", f.projectId().toString());
        m.put("key", f.key());
        m.put("name", f.name());
        m.put("type", f.type().name());
        m.put("options", f.options());
        m.put("required", f.required());
        m.put("version", f.version());
        return m;
    }
}

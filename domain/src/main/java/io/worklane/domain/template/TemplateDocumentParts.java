package io.worklane.domain.template;

import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each part of a template's content to and from its JSON-shaped map. */
final class TemplateDocumentParts {
    private TemplateDocumentParts() {
    }

    static Map<String, Object> phase(TemplateContent.Phase p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", p.ref());
        m.put("name", p.name());
        m.put("startOffset", p.startOffset());
        m.put("endOffset", p.endOffset());
        return m;
    }

    static TemplateContent.Phase phase(Map<String, Object> m) {
        return new TemplateContent.Phase((String) m.get("ref"), (String) m.get("name"), integer(m.get("startOffset")),
                integer(m.get("endOffset")));
    }

    static Map<String, Object> item(TemplateContent.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", i.ref());
        m.put("parent", i.parent());
        m.put("type", i.type() == null ? null : i.type().name());
        m.put("title", i.title());
        m.put("description", i.description());
        m.put("priority", i.priority() == null ? null : i.priority().name());
        m.put("phase", i.phase());
        m.put("startOffset", i.startOffset());
        m.put("dueOffset", i.dueOffset());
        m.put("estimateMinutes", i.estimateMinutes());
        m.put("labels", i.labels());
        m.put("customFields", i.customFields());
        return m;
    }

    @SuppressWarnings("unchecked")
    static TemplateContent.Item item(Map<String, Object> m) {
        Object estimate = m.get("estimateMinutes");
        return new TemplateContent.Item((String) m.get("ref"), (String) m.get("parent"),
                TemplateDocument.enumOf(WorkItemType.class, m.get("type"), WorkItemType.TASK), (String) m.get("title"),
                (String) m.get("description"), TemplateDocument.enumOf(Priority.class, m.get("priority"), Priority.NONE),
                (String) m.get("phase"), integer(m.get("startOffset")), integer(m.get("dueOffset")),
                estimate == null ? null : ((Number) estimate).longValue(), (List<String>) m.get("labels"),
                (Map<String, Object>) m.get("customFields"));
    }

    static Map<String, Object> dependency(TemplateContent.Dependency d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("predecessor", d.predecessor());
        m.put("successor", d.successor());
        m.put("type", d.type().name());
        m.put("lagDays", d.lagDays());
        return m;
    }

    static TemplateContent.Dependency dependency(Map<String, Object> m) {
        Integer lag = integer(m.get("lagDays"));
        return new TemplateContent.Dependency((String) m.get("predecessor"), (String) m.get("successor"),
                TemplateDocument.enumOf(DependencyType.class, m.get("type"), DependencyType.FS), lag == null ? 0 : lag);
    }

    static Map<String, Object> field(TemplateContent.Field f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", f.key());
        m.put("name", f.name());
        m.put("type", f.type().name());
        m.put("options", f.options());
        m.put("required", f.required());
        return m;
    }

    @SuppressWarnings("unchecked")
    static TemplateContent.Field field(Map<String, Object> m) {
        return new TemplateContent.Field((String) m.get("key"), (String) m.get("name"),
                TemplateDocument.enumOf(CustomFieldType.class, m.get("type"), null), (List<String>) m.get("options"),
                Boolean.TRUE.equals(m.get("required")));
    }

    static Map<String, Object> budget(TemplateContent.Budget b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currency", b.currency());
        m.put("lines", b.lines().stream().map(l -> Map.of("category", l.category(), "amount", l.amount())).toList());
        m.put("thresholds", b.thresholds());
        m.put("visibleToMembers", b.visibleToMembers());
        return m;
    }

    @SuppressWarnings("unchecked")
    static TemplateContent.Budget budget(Map<String, Object> m) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) m.getOrDefault("lines", List.of());
        return new TemplateContent.Budget((String) m.get("currency"), lines.stream().map(l ->
                new TemplateContent.BudgetLine((String) l.get("category"), String.valueOf(l.get("amount")))).toList(),
                (List<String>) m.get("thresholds"), Boolean.TRUE.equals(m.get("visibleToMembers")));
    }

    static Map<String, Object> rule(TemplateContent.Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("enabled", r.enabled());
        m.put("trigger", r.trigger());
        m.put("condition", r.condition());
        m.put("actions", r.actions());
        return m;
    }

    @SuppressWarnings("unchecked")
    static TemplateContent.Rule rule(Map<String, Object> m) {
        return new TemplateContent.Rule((String) m.get("name"), !Boolean.FALSE.equals(m.get("enabled")),
                (Map<String, Object>) m.get("trigger"), (String) m.get("condition"),
                (List<Map<String, Object>>) m.get("actions"));
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}

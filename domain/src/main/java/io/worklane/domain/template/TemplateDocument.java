package io.worklane.domain.template;

import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.workitem.WorkItemType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Template content as a JSON-shaped map — what the jsonb document stores, the built-in resources are
 * written in and the API shows — field by field: {@code formatVersion} says which shape a document has,
 * so a later format can still read this one.
 */
public final class TemplateDocument {
    private TemplateDocument() {
    }

    public static Map<String, Object> toMap(TemplateContent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formatVersion", TemplateContent.FORMAT_VERSION);
        m.put("kind", c.kind().name());
        m.put("description", c.description());
        m.put("durationDays", c.durationDays());
        Map<String, Object> workflow = new LinkedHashMap<>();
        workflow.put("default", c.workflow().defaultWorkflowId() == null ? null : c.workflow().defaultWorkflowId().toString());
        Map<String, String> overrides = new LinkedHashMap<>();
        c.workflow().overrides().forEach((type, id) -> overrides.put(type.name(), id.toString()));
        workflow.put("overrides", overrides);
        m.put("workflow", workflow);
        m.put("phases", c.phases().stream().map(TemplateDocumentParts::phase).toList());
        m.put("items", c.items().stream().map(TemplateDocumentParts::item).toList());
        m.put("dependencies", c.dependencies().stream().map(TemplateDocumentParts::dependency).toList());
        m.put("customFields", c.fields().stream().map(TemplateDocumentParts::field).toList());
        m.put("budget", c.budget() == null ? null : TemplateDocumentParts.budget(c.budget()));
        m.put("automationRules", c.rules().stream().map(TemplateDocumentParts::rule).toList());
        return m;
    }

    @SuppressWarnings("unchecked")
    public static TemplateContent fromMap(Map<String, Object> m) {
        Object version = m.get("formatVersion");
        if (!(version instanceof Number n) || n.intValue() != TemplateContent.FORMAT_VERSION) {
            throw new IllegalStateException("template content of format " + version + " is not one this server reads");
        }
        Map<String, Object> workflow = (Map<String, Object>) m.getOrDefault("workflow", Map.of());
        Map<WorkItemType, UUID> overrides = new EnumMap<>(WorkItemType.class);
        ((Map<String, String>) workflow.getOrDefault("overrides", Map.of()))
                .forEach((type, id) -> overrides.put(WorkItemType.valueOf(type), UUID.fromString(id)));
        Object chosen = workflow.get("default");
        return new TemplateContent(ProjectKind.valueOf((String) m.getOrDefault("kind", "PROJECT")),
                (String) m.get("description"), TemplateDocumentParts.integer(m.get("durationDays")),
                new TemplateContent.Workflow(chosen == null ? null : UUID.fromString((String) chosen), overrides),
                list(m, "phases").stream().map(TemplateDocumentParts::phase).toList(),
                list(m, "items").stream().map(TemplateDocumentParts::item).toList(),
                list(m, "dependencies").stream().map(TemplateDocumentParts::dependency).toList(),
                list(m, "customFields").stream().map(TemplateDocumentParts::field).toList(),
                m.get("budget") == null ? null : TemplateDocumentParts.budget((Map<String, Object>) m.get("budget")),
                list(m, "automationRules").stream().map(TemplateDocumentParts::rule).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, Object value, E fallback) {
        return value == null ? fallback : Enum.valueOf(type, (String) value);
    }
}

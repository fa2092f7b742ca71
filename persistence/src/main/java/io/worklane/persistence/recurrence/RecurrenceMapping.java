package io.worklane.persistence.recurrence;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.RecurrenceRule;
import io.worklane.domain.recurrence.RecurrenceStatus;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recurrence ↔ entity and row → recurrence, field by field; the template is a JSON object. */
final class RecurrenceMapping {
    static final String COLUMNS = "id, workspace_id, project_id, template::text AS template, rrule, dtstart, time_zone,"
            + " status, next_occurrence_at, occurrences, last_occurrence_at, version, created_at, updated_at";

    private RecurrenceMapping() {
    }

    static Recurrence fromRow(Row r) {
        return new Recurrence(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"),
                template(r.getString("template")), new RecurrenceRule(r.getString("rrule"),
                r.getLocalDateTime("dtstart"), ZoneId.of(r.getString("time_zone"))),
                RecurrenceStatus.valueOf(r.getString("status")), Rows.instant(r, "next_occurrence_at"),
                r.getInteger("occurrences"), Rows.instant(r, "last_occurrence_at"), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static Recurrence fromEntity(RecurrenceEntity e) {
        return new Recurrence(e.id, e.workspaceId, e.projectId, template(e.template),
                new RecurrenceRule(e.rrule, e.dtstart, ZoneId.of(e.timeZone)), RecurrenceStatus.valueOf(e.status),
                e.nextOccurrenceAt, e.occurrences, e.lastOccurrenceAt, e.version, e.createdAt, e.updatedAt);
    }

    static RecurrenceEntity copy(Recurrence r, RecurrenceEntity e) {
        e.id = r.id();
        e.workspaceId = r.workspaceId();
        e.projectId = r.projectId();
        e.template = Json.write(json(r.template()));
        e.rrule = r.rule().rrule();
        e.dtstart = r.rule().start();
        e.timeZone = r.rule().timeZone().getId();
        e.status = r.status().name();
        e.nextOccurrenceAt = r.nextOccurrenceAt();
        e.occurrences = r.occurrences();
        e.lastOccurrenceAt = r.lastOccurrenceAt();
        e.createdAt = r.createdAt();
        e.updatedAt = r.updatedAt();
        return e;
    }

    private static Map<String, Object> json(RecurrenceTemplate t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", t.title());
        m.put("description", t.description());
        m.put("type", t.type() == null ? null : t.type().name());
        m.put("priority", t.priority() == null ? null : t.priority().name());
        m.put("assigneeIds", t.assigneeIds().stream().map(UUID::toString).toList());
        m.put("labels", t.labels());
        m.put("customFields", t.customFields());
        m.put("estimateMinutes", t.estimateMinutes());
        m.put("dueInDays", t.dueInDays());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static RecurrenceTemplate template(String text) {
        Map<String, Object> m = Json.map(text);
        String type = (String) m.get("type");
        String priority = (String) m.get("priority");
        List<String> assignees = (List<String>) m.getOrDefault("assigneeIds", List.of());
        Number estimate = (Number) m.get("estimateMinutes");
        Number due = (Number) m.get("dueInDays");
        return new RecurrenceTemplate((String) m.get("title"), (String) m.get("description"),
                type == null ? null : WorkItemType.valueOf(type), priority == null ? null : Priority.valueOf(priority),
                assignees.stream().map(UUID::fromString).toList(), (List<String>) m.getOrDefault("labels", List.of()),
                (Map<String, Object>) m.getOrDefault("customFields", Map.of()),
                estimate == null ? null : estimate.longValue(), due == null ? null : due.intValue());
    }
}

package io.worklane.api.application.imports;

import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldValues;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The values of one row, read through the mapping as a work item's fields: each cell that cannot be one
 * is reported (row, field, code, message) and read as empty, so that every problem of a row is found.
 */
final class ImportRowValues {
    /** Where a problem goes: the check collects them all. */
    interface Report {
        void problem(SourceTable.Row row, String field, String code, String message);
    }

    private final ImportContext ctx;
    private final Report report;

    ImportRowValues(ImportContext ctx, Report report) {
        this.ctx = ctx;
        this.report = report;
    }

    String required(SourceTable.Row row, String field) {
        String value = row.value(ctx.column(field));
        if (value == null) {
            report.problem(row, field, "REQUIRED", "the " + field + " is empty; every row needs one");
        }
        return value;
    }

    WorkItemType type(SourceTable.Row row) {
        String text = row.value(ctx.column("type"));
        WorkItemType type = text == null ? ctx.defaultType() : ImportValues.type(text);
        if (type == null) {
            report.problem(row, "type", "UNKNOWN_TYPE", "'" + text + "' is not a type; use one of "
                    + List.of(WorkItemType.values()));
            return ctx.defaultType();
        }
        return type;
    }

    String priority(SourceTable.Row row) {
        String text = row.value(ctx.column("priority"));
        Priority p = text == null ? null : ImportValues.priority(text);
        if (text != null && p == null) {
            report.problem(row, "priority", "UNKNOWN_PRIORITY", "'" + text + "' is not a priority; use one of "
                    + List.of(Priority.values()));
        }
        return p == null ? null : p.name();
    }

    /** The file's state name, through the mapping's states, as a state of the type's workflow. */
    String state(SourceTable.Row row, WorkItemType type) {
        String text = row.value(ctx.column("state"));
        if (text == null) {
            return null;
        }
        String mapped = ctx.mapping().states() == null ? null : ctx.mapping().states().get(text);
        Workflow workflow = ctx.workflows().get(type);
        String state = mapped != null ? mapped : workflow.stateKeys().stream()
                .filter(k -> k.equalsIgnoreCase(text) || k.equalsIgnoreCase(text.replace(' ', '_'))
                        || k.equalsIgnoreCase(text.replace(" ", ""))).findFirst()
                .orElse(null);
        if (state == null || !workflow.hasState(state)) {
            report.problem(row, "state", "UNKNOWN_STATE", "'" + (mapped != null ? mapped : text) + "' is not a state of the "
                    + type + " workflow '" + workflow.name() + "' (" + workflow.stateKeys() + "); map it in"
                    + " mapping.states, e.g. {\"" + text + "\": \"" + workflow.statePolicy().initialState() + "\"}");
            return null;
        }
        return state;
    }

    List<String> assignees(SourceTable.Row row) {
        List<String> ids = new ArrayList<>();
        for (String email : ImportValues.list(row.value(ctx.column("assignee")))) {
            UUID member = ctx.members().get(email.toLowerCase(Locale.ROOT));
            if (member == null) {
                report.problem(row, "assignee", "UNKNOWN_ASSIGNEE", "no member of the workspace has the e-mail address '"
                        + email + "'; invite them first or leave the cell empty");
            } else {
                ids.add(member.toString());
            }
        }
        return ids;
    }

    List<String> labels(SourceTable.Row row) {
        List<String> labels = new ArrayList<>();
        ImportFields.columnsOf(ctx.byField(), "labels").forEach(c -> labels.addAll(ImportValues.list(row.value(c))));
        return labels.stream().distinct().toList();
    }

    String date(SourceTable.Row row, String field) {
        String text = row.value(ctx.column(field));
        LocalDate date = text == null ? null : ImportValues.date(text);
        if (text != null && date == null) {
            report.problem(row, field, "INVALID_DATE", "'" + text + "' is not a date; write it as YYYY-MM-DD");
        }
        return date == null ? null : date.toString();
    }

    Long estimate(SourceTable.Row row) {
        String text = row.value(ctx.column("estimateMinutes"));
        Long minutes = text == null ? null : ImportValues.number(text);
        if (text != null && (minutes == null || minutes < 0)) {
            report.problem(row, "estimateMinutes", "INVALID_NUMBER", "'" + text + "' is not a whole number of minutes");
        }
        return minutes;
    }

    Map<String, Object> customFields(SourceTable.Row row) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (CustomField def : ctx.customFields()) {
            String text = row.value(ctx.column(ImportFields.CUSTOM + def.key()));
            if (text != null) {
                raw.put(def.key(), CustomValuesFromText.of(def, text, ctx.members()));
            }
        }
        if (raw.isEmpty()) {
            return null;
        }
        CustomFieldValues.Checked checked = CustomFieldValues.check(ctx.customFields(), raw);
        checked.errors().forEach(e -> report.problem(row, e.field(), e.code(), e.message()));
        return raw;
    }
}

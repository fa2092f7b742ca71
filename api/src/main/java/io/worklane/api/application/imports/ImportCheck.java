package io.worklane.api.application.imports;

import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldValues;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads every row of a file through the mapping and reports every problem of every row (row, column, code,
 * message); the rows without problems become the steps of the import job, in plain JSON. Pure: the context
 * holds what was read from the database.
 */
final class ImportCheck {
    private final ImportContext ctx;
    private final List<ImportProblem> problems = new ArrayList<>();
    /** externalId and ref (Jira's issue id) of every row → its externalId, for parents and dependencies. */
    private final Map<String, String> inFile = new HashMap<>();
    /** Rows whose external id an earlier row has: reported once, never imported. */
    private final java.util.Set<Integer> duplicates = new java.util.HashSet<>();

    private ImportCheck(ImportContext ctx) {
        this.ctx = ctx;
    }

    static ImportPlan of(SourceTable table, ImportContext ctx) {
        return new ImportCheck(ctx).plan(table);
    }

    private ImportPlan plan(SourceTable table) {
        table.rows().forEach(this::identify);
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> dependencies = new ArrayList<>();
        for (SourceTable.Row row : table.rows()) {
            Map<String, Object> item = item(row);
            // a refused row's dependencies are checked too, so that a dry run reports every problem at once
            List<Map<String, Object>> links = dependencies(row, row.value(ctx.column("externalId")));
            if (item != null) {
                items.add(item);
                dependencies.addAll(links);
            }
        }
        List<Map<String, Object>> steps = new ArrayList<>(ParentsFirst.order(items, problems, ctx.column("parent")));
        int updates = (int) steps.stream().filter(s -> ctx.existing().containsKey((String) s.get("externalId"))).count();
        int creates = steps.size() - updates;
        steps.addAll(dependencies);
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new ImportPlan(ctx.project().id(), steps, creates, updates, dependencies.size(), List.copyOf(problems));
    }

    private void identify(SourceTable.Row row) {
        String id = row.value(ctx.column("externalId"));
        if (id == null) {
            return;
        }
        if (inFile.containsKey(id) && inFile.get(id).equals(id)) {
            problem(row, "externalId", "DUPLICATE_EXTERNAL_ID", "'" + id + "' is the external id of an earlier row"
                    + " too; each row must have its own");
            duplicates.add(row.number());
            return;
        }
        inFile.put(id, id);
        String ref = row.value(ctx.column("ref"));
        if (ref != null) {
            inFile.putIfAbsent(ref, id);
        }
    }

    private Map<String, Object> item(SourceTable.Row row) {
        int before = problems.size();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("row", row.number());
        String id = required(row, "externalId");
        out.put("externalId", id);
        if (id != null && id.length() > 200) {
            problem(row, "externalId", "TOO_LONG", "an external id has at most 200 characters");
        }
        out.put("title", required(row, "title"));
        out.put("description", row.value(ctx.column("description")));
        WorkItemType type = type(row);
        out.put("type", type.name());
        out.put("priority", priority(row));
        out.put("state", state(row, type));
        out.put("assigneeIds", assignees(row));
        out.put("labels", labels(row));
        out.put("startDate", date(row, "startDate"));
        out.put("dueDate", date(row, "dueDate"));
        out.put("estimateMinutes", estimate(row));
        out.put("parent", reference(row, "parent", "UNKNOWN_PARENT", row.value(ctx.column("parent"))));
        out.put("customFields", customFields(row));
        return problems.size() == before && id != null && !duplicates.contains(row.number()) ? out : null;
    }

    private String required(SourceTable.Row row, String field) {
        String value = row.value(ctx.column(field));
        if (value == null) {
            problem(row, field, "REQUIRED", "the " + field + " is empty; every row needs one");
        }
        return value;
    }

    private WorkItemType type(SourceTable.Row row) {
        String text = row.value(ctx.column("type"));
        WorkItemType type = text == null ? ctx.defaultType() : ImportValues.type(text);
        if (type == null) {
            problem(row, "type", "UNKNOWN_TYPE", "'" + text + "' is not a type; use one of "
                    + List.of(WorkItemType.values()));
            return ctx.defaultType();
        }
        return type;
    }

    private String priority(SourceTable.Row row) {
        String text = row.value(ctx.column("priority"));
        Priority p = text == null ? null : ImportValues.priority(text);
        if (text != null && p == null) {
            problem(row, "priority", "UNKNOWN_PRIORITY", "'" + text + "' is not a priority; use one of "
                    + List.of(Priority.values()));
        }
        return p == null ? null : p.name();
    }

    /** The file's state name, through the mapping's states, as a state of the type's workflow. */
    private String state(SourceTable.Row row, WorkItemType type) {
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
            problem(row, "state", "UNKNOWN_STATE", "'" + (mapped != null ? mapped : text) + "' is not a state of the "
                    + type + " workflow '" + workflow.name() + "' (" + workflow.stateKeys() + "); map it in"
                    + " mapping.states, e.g. {\"" + text + "\": \"" + workflow.statePolicy().initialState() + "\"}");
            return null;
        }
        return state;
    }

    private List<String> assignees(SourceTable.Row row) {
        List<String> ids = new ArrayList<>();
        for (String email : ImportValues.list(row.value(ctx.column("assignee")))) {
            UUID member = ctx.members().get(email.toLowerCase(Locale.ROOT));
            if (member == null) {
                problem(row, "assignee", "UNKNOWN_ASSIGNEE", "no member of the workspace has the e-mail address '"
                        + email + "'; invite them first or leave the cell empty");
            } else {
                ids.add(member.toString());
            }
        }
        return ids;
    }

    private List<String> labels(SourceTable.Row row) {
        List<String> labels = new ArrayList<>();
        ImportFields.columnsOf(ctx.byField(), "labels").forEach(c -> labels.addAll(ImportValues.list(row.value(c))));
        return labels.stream().distinct().toList();
    }

    private String date(SourceTable.Row row, String field) {
        String text = row.value(ctx.column(field));
        LocalDate date = text == null ? null : ImportValues.date(text);
        if (text != null && date == null) {
            problem(row, field, "INVALID_DATE", "'" + text + "' is not a date; write it as YYYY-MM-DD");
        }
        return date == null ? null : date.toString();
    }

    private Long estimate(SourceTable.Row row) {
        String text = row.value(ctx.column("estimateMinutes"));
        Long minutes = text == null ? null : ImportValues.number(text);
        if (text != null && (minutes == null || minutes < 0)) {
            problem(row, "estimateMinutes", "INVALID_NUMBER", "'" + text + "' is not a whole number of minutes");
        }
        return minutes;
    }

    /** A reference to another item by its external id (or ref) in the file, or by one imported before. */
    private String reference(SourceTable.Row row, String field, String code, String value) {
        if (value == null) {
            return null;
        }
        String id = inFile.getOrDefault(value, ctx.existing().containsKey(value) ? value : null);
        if (id == null) {
            problem(row, field, code, "no row of the file and no item imported before from '" + ctx.source()
                    + "' has the id '" + value + "'");
        }
        return id;
    }

    private Map<String, Object> customFields(SourceTable.Row row) {
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
        checked.errors().forEach(e -> problem(row, e.field(), e.code(), e.message()));
        return raw;
    }

    private List<Map<String, Object>> dependencies(SourceTable.Row row, String successor) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String column : ImportFields.columnsOf(ctx.byField(), "dependsOn")) {
            for (String ref : ImportValues.list(row.value(column))) {
                String predecessor = reference(row, "dependsOn", "UNKNOWN_DEPENDENCY", ref);
                if (predecessor != null) {
                    Map<String, Object> dep = new LinkedHashMap<>();
                    dep.put("row", row.number());
                    dep.put("dependency", true);
                    dep.put("successor", successor);
                    dep.put("predecessor", predecessor);
                    out.add(dep);
                }
            }
        }
        return out;
    }

    private void problem(SourceTable.Row row, String field, String code, String message) {
        String column = field.startsWith(ImportFields.CUSTOM) || ImportFields.FIELDS.contains(field)
                ? ctx.column(field) : null;
        problems.add(new ImportProblem(row.number(), column == null ? field : column, code, message));
    }
}

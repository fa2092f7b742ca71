package io.worklane.api.application.imports;

import io.worklane.domain.workitem.WorkItemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private final ImportRowValues values;

    private ImportCheck(ImportContext ctx) {
        this.ctx = ctx;
        this.values = new ImportRowValues(ctx, this::problem);
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
        String id = values.required(row, "externalId");
        out.put("externalId", id);
        if (id != null && id.length() > 200) {
            problem(row, "externalId", "TOO_LONG", "an external id has at most 200 characters");
        }
        out.put("title", values.required(row, "title"));
        out.put("description", row.value(ctx.column("description")));
        WorkItemType type = values.type(row);
        out.put("type", type.name());
        out.put("priority", values.priority(row));
        out.put("state", values.state(row, type));
        out.put("assigneeIds", values.assignees(row));
        out.put("labels", values.labels(row));
        out.put("startDate", values.date(row, "startDate"));
        out.put("dueDate", values.date(row, "dueDate"));
        out.put("estimateMinutes", values.estimate(row));
        out.put("parent", reference(row, "parent", "UNKNOWN_PARENT", row.value(ctx.column("parent"))));
        out.put("customFields", values.customFields(row));
        return problems.size() == before && id != null && !duplicates.contains(row.number()) ? out : null;
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

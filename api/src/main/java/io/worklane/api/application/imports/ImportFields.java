package io.worklane.api.application.imports;

import io.worklane.domain.project.CustomField;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields a column may be mapped to, and the check of a mapping against them, the project's custom fields
 * and the file's columns: every fault is refused at once (400), naming the field and what is allowed.
 */
final class ImportFields {
    static final String CUSTOM = "customFields.";
    static final List<String> FIELDS = List.of("externalId", "ref", "title", "description", "type", "priority",
            "state", "assignee", "labels", "startDate", "dueDate", "estimateMinutes", "parent", "dependsOn");
    /** Fields that several columns may feed (their values are joined). */
    private static final Set<String> MANY = Set.of("labels", "dependsOn");

    private ImportFields() {
    }

    /** The mapping's columns by field (field → column), once checked. */
    static Map<String, String> checked(Map<String, String> columns, List<CustomField> customFields,
                                       List<String> fileColumns) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new TreeSet<>(customFields.stream().map(CustomField::key).toList());
        Map<String, String> byField = new HashMap<>();
        columns.forEach((column, field) -> {
            String where = "mapping.columns." + column;
            if (field == null || !(FIELDS.contains(field) || field.startsWith(CUSTOM))) {
                errors.add(new FieldError(where, "UNKNOWN_FIELD", "'" + field + "' is not a field an import can fill;"
                        + " map columns to one of " + FIELDS + " or to customFields.<key> (this project's: " + keys + ")"));
            } else if (field.startsWith(CUSTOM) && !keys.contains(field.substring(CUSTOM.length()))) {
                errors.add(new FieldError(where, "UNKNOWN_FIELD", "the project has no custom field '"
                        + field.substring(CUSTOM.length()) + "'; its custom fields are " + keys));
            } else if (byField.containsKey(field) && !MANY.contains(field)) {
                errors.add(new FieldError(where, "DUPLICATE_FIELD", "'" + field + "' is already read from column '"
                        + byField.get(field) + "'; map it from one column only"));
            } else if (fileColumns != null && !fileColumns.contains(column)) {
                errors.add(new FieldError(where, "UNKNOWN_COLUMN", "the file has no column '" + column
                        + "'; its columns are " + fileColumns));
            } else {
                byField.merge(field, column, (a, b) -> a + "\u0000" + b);
            }
        });
        for (String required : List.of("externalId", "title")) {
            if (errors.isEmpty() && !byField.containsKey(required)) {
                errors.add(new FieldError("mapping.columns", "REQUIRED", "map a column to '" + required
                        + "': every imported item needs one" + ("externalId".equals(required)
                        ? " (the id it has in the source; importing again updates the item that has it)" : "")));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return byField;
    }

    /** The columns of a field fed by several (labels, dependencies). */
    static List<String> columnsOf(Map<String, String> byField, String field) {
        String columns = byField.get(field);
        return columns == null ? List.of() : List.of(columns.split("\u0000"));
    }

    /** The request with the columns of a Jira or Trello export mapped as those tools name them, unless mapped otherwise. */
    static ImportRequest withPreset(ImportRequest r) {
        Map<String, String> preset = switch (r.mapping().format()) {
            case JIRA_CSV -> jiraPreset(r.table().columns());
            case TRELLO_JSON -> trelloPreset();
            default -> Map.of();
        };
        if (preset.isEmpty()) {
            return r;
        }
        Map<String, String> columns = new java.util.LinkedHashMap<>(preset);
        columns.putAll(r.mapping().columns()); // the caller's mapping wins
        return new ImportRequest(r.mapping().withColumns(columns), r.table());
    }

    /** How Jira's CSV export names the fields (Jira Cloud and Data Center alike). */
    static Map<String, String> jiraPreset(List<String> fileColumns) {
        Map<String, String> preset = new HashMap<>();
        put(preset, fileColumns, "Issue key", "externalId");
        put(preset, fileColumns, "Issue id", "ref");
        put(preset, fileColumns, "Summary", "title");
        put(preset, fileColumns, "Description", "description");
        put(preset, fileColumns, "Issue Type", "type");
        put(preset, fileColumns, "Priority", "priority");
        put(preset, fileColumns, "Status", "state");
        put(preset, fileColumns, "Assignee", "assignee");
        put(preset, fileColumns, "Labels", "labels");
        put(preset, fileColumns, "Due date", "dueDate");
        put(preset, fileColumns, "Parent id", "parent");
        put(preset, fileColumns, "Inward issue link (Blocks)", "dependsOn");
        return preset;
    }

    /** The columns a Trello export's cards are read into (see the REST layer's Trello reader). */
    static Map<String, String> trelloPreset() {
        return Map.of("id", "externalId", "name", "title", "desc", "description", "list", "state", "labels", "labels",
                "due", "dueDate");
    }

    private static void put(Map<String, String> preset, List<String> fileColumns, String column, String field) {
        if (fileColumns == null || fileColumns.contains(column)) {
            preset.put(column, field);
        }
    }
}

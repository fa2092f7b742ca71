package io.worklane.persistence.workitem;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of a work item order (ADR 0052): each key becomes one or more typed expressions, ordered
 * with empty values last in either direction and ended by the id. The keyset condition continues
 * strictly after the cursor's values, compared in SQL with the same expressions (so collations and
 * JSON ordering agree with ORDER BY). Expressions come from a fixed table; a custom field's key is a
 * parameter.
 */
final class SortSql {
    /** One ordered expression: its SQL, the type its cursor value is cast back to, and whether it can be NULL. */
    record Part(String sql, String type, boolean nullable, boolean descending) {
    }

    private static final String PRIORITY = "CASE w.priority WHEN 'NONE' THEN 0 WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2"
            + " WHEN 'HIGH' THEN 3 WHEN 'URGENT' THEN 4 END";
    private final List<Part> parts = new ArrayList<>();
    private final WorkItemSort sort;

    private SortSql(WorkItemSort sort, Params p) {
        this.sort = sort;
        for (WorkItemSort.Key k : sort.keys()) {
            add(k, p);
        }
    }

    static SortSql of(WorkItemSort sort, Params p) {
        return new SortSql(sort, p);
    }

    private void add(WorkItemSort.Key k, Params p) {
        boolean d = k.descending();
        if (k.isCustom()) {
            String v = "(w.custom_fields -> " + p.add(k.customKey()) + "::text)";
            // a money value sorts by its amount; JSON null is empty
            parts.add(new Part("NULLIF(CASE WHEN jsonb_typeof(" + v + ") = 'object' AND (" + v + " ->> 'amount')"
                    + " ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN to_jsonb((" + v + " ->> 'amount')::numeric) ELSE " + v
                    + " END, 'null'::jsonb)", "jsonb", true, d));
            return;
        }
        switch (k.field()) {
            case "createdAt" -> parts.add(new Part("w.created_at", "timestamptz", false, d));
            case "updatedAt" -> parts.add(new Part("w.updated_at", "timestamptz", false, d));
            case "completedAt" -> parts.add(new Part("w.completed_at", "timestamptz", true, d));
            case "startDate" -> parts.add(new Part("w.start_date", "date", true, d));
            case "dueDate" -> parts.add(new Part("w.due_date", "date", true, d));
            case "key" -> {
                parts.add(new Part("p.key", "text", false, d));
                parts.add(new Part("w.number", "bigint", false, d));
            }
            case "title" -> parts.add(new Part("w.title", "text", false, d));
            case "type" -> parts.add(new Part("w.type", "text", false, d));
            case "status" -> parts.add(new Part("w.status", "text", false, d));
            case "priority" -> parts.add(new Part(PRIORITY, "int", false, d));
            case "project" -> parts.add(new Part("p.key", "text", false, d));
            case "estimateMinutes" -> parts.add(new Part("w.estimate_minutes", "bigint", true, d));
            case "rank" -> parts.add(new Part("w.rank", "text", false, d));
            default -> throw new IllegalArgumentException("no SQL for sort key " + k.field());
        }
    }

    /** The sort values as extra columns {@code s0, s1 …} (text), after the item's columns. */
    String columns() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            b.append(", (").append(parts.get(i).sql()).append(")::text AS s").append(i);
        }
        return b.toString();
    }

    String orderBy() {
        StringBuilder b = new StringBuilder();
        for (Part part : parts) {
            b.append(part.sql()).append(part.descending() ? " DESC" : "");
            if (part.nullable()) {
                b.append(" NULLS LAST");
            }
            b.append(", ");
        }
        return b.append("w.id").append(sort.descending() ? " DESC" : "").toString();
    }

    /**
     * Rows strictly after the cursor: the first part after its value, or equal on it and after on the
     * next, …, down to the id. An empty cursor value (NULL, last in the order) has nothing after it on
     * that part, only equal (also NULL) rows.
     */
    void after(Params p, Cursor cursor) {
        if (cursor == null) {
            return;
        }
        List<String> values = values(cursor);
        if (parts.stream().allMatch(x -> !x.nullable() && x.descending() == sort.descending())) {
            rowAfter(p, values, cursor.id()); // one direction, no NULLs: a row comparison, which an index serves
            return;
        }
        List<String> alternatives = new ArrayList<>();
        List<String> equal = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String value = values.get(i);
            String param = value == null ? null : p.add(value) + "::text::" + part.type();
            if (param != null) {
                String beyond = part.sql() + (part.descending() ? " < " : " > ") + param;
                alternatives.add(and(equal, part.nullable() ? "(" + beyond + " OR " + part.sql() + " IS NULL)" : beyond));
            }
            equal.add(param == null ? part.sql() + " IS NULL" : part.sql() + " = " + param);
        }
        alternatives.add(and(equal, "w.id " + (sort.descending() ? "<" : ">") + " " + p.add(cursor.id())));
        p.where("(" + String.join(" OR ", alternatives) + ")");
    }

    private void rowAfter(Params p, List<String> values, UUID id) {
        List<String> columns = new ArrayList<>();
        List<String> params = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            columns.add(parts.get(i).sql());
            params.add(p.add(values.get(i)) + "::text::" + parts.get(i).type());
        }
        columns.add("w.id");
        params.add(p.add(id));
        p.where("(" + String.join(", ", columns) + ") " + (sort.descending() ? "<" : ">") + " ("
                + String.join(", ", params) + ")");
    }

    /** The cursor of a row: the sort's token, its sort values (JSON list of texts) and its id. */
    String cursor(Row row, UUID id) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            values.add(row.getString("s" + i));
        }
        return new Cursor(sort.token(), Json.write(values), id).encode();
    }

    private List<String> values(Cursor cursor) {
        try {
            List<String> values = Json.stringList(cursor.value());
            if (values.size() == parts.size()) {
                return values;
            }
        } catch (RuntimeException e) {
            // falls through to the refusal
        }
        throw new DomainException(ErrorCode.INVALID_CURSOR,
                "The cursor is not one this server issued. Use the nextCursor of a previous page as it is.");
    }

    private static String and(List<String> equal, String last) {
        List<String> all = new ArrayList<>(equal);
        all.add(last);
        return "(" + String.join(" AND ", all) + ")";
    }
}

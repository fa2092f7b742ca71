package io.worklane.api.application.bulk;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import io.worklane.api.application.workitem.WorkItemMoves;
import io.worklane.api.application.workitem.WorkItemPatch;
import java.util.Map;

/**
 * Reads the operations of a bulk change from their JSON form ({@code {"set":{…}}}, {@code {"transition":"done"}},
 * {@code {"addLabels":[…]}}, {@code {"removeLabels":[…]}}, {@code {"delete":true}}, {@code {"move":{"project":"OPS"}}}), refusing every fault at
 * once before anything is changed. The same form is what a job keeps, so a resumed job reads them again.
 */
public final class BulkOperations {
    static final List<String> NAMES = List.of("set", "transition", "addLabels", "removeLabels", "move", "delete");

    private BulkOperations() {
    }

    public static BulkOperation parse(List<Map<String, Object>> raw, PatchReader patches) {
        List<FieldError> errors = new ArrayList<>();
        Parsed parsed = new Parsed();
        if (raw == null || raw.isEmpty()) {
            throw DomainException.validation(List.of(new FieldError("operations", "REQUIRED",
                    "give at least one operation, e.g. [{\"transition\": \"done\"}]; operations: " + NAMES)));
        }
        for (int i = 0; i < raw.size(); i++) {
            String path = "operations[" + i + "]";
            Map<String, Object> op = raw.get(i);
            if (op == null || op.size() != 1) {
                errors.add(new FieldError(path, "INVALID_OPERATION", "must name exactly one operation of " + NAMES));
                continue;
            }
            var entry = op.entrySet().iterator().next();
            if (!NAMES.contains(entry.getKey())) {
                errors.add(new FieldError(path, "UNKNOWN_OPERATION", "'" + entry.getKey()
                        + "' is not an operation; operations: " + NAMES));
                continue;
            }
            try {
                String fault = parsed.add(entry.getKey(), entry.getValue(), patches);
                if (fault != null) {
                    errors.add(new FieldError(path + "." + entry.getKey(), "INVALID_OPERATION", fault));
                }
            } catch (DomainException refused) {
                refused.errors().forEach(e -> errors.add(new FieldError(path + ".set." + e.field(), e.code(),
                        e.message())));
            }
        }
        if (errors.isEmpty() && parsed.delete && raw.size() > 1) {
            errors.add(new FieldError("operations", "INVALID_OPERATION",
                    "delete cannot be combined with other operations: send it alone"));
        }
        if (errors.isEmpty() && parsed.set != null && parsed.set.labels().present()
                && (!parsed.add.isEmpty() || !parsed.remove.isEmpty())) {
            errors.add(new FieldError("operations", "INVALID_OPERATION",
                    "set.labels replaces the labels: use it or addLabels/removeLabels, not both"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return new BulkOperation(parsed.set, List.copyOf(parsed.add), List.copyOf(parsed.remove), parsed.transition,
                parsed.delete, parsed.move);
    }

    /** The operations read so far. */
    private static final class Parsed {
        private WorkItemPatch set;
        private final List<String> add = new ArrayList<>();
        private final List<String> remove = new ArrayList<>();
        private String transition;
        private boolean delete;
        private WorkItemMoves.Request move;

        /** Reads one operation; answers what is wrong with it, or null. */
        @SuppressWarnings("unchecked")
        String add(String name, Object value, PatchReader patches) {
            switch (name) {
                case "set" -> {
                    if (!(value instanceof Map<?, ?> fields) || fields.isEmpty()) {
                        return "must be an object of the fields to set, as in a PATCH of the item";
                    }
                    if (set != null) {
                        return "give one set with every field in it";
                    }
                    set = patches.read((Map<String, Object>) fields);
                }
                case "transition" -> {
                    if (!(value instanceof String to) || to.isBlank()) {
                        return "must be the target state, e.g. \"done\"";
                    }
                    if (transition != null) {
                        return "give one transition: an item moves once per bulk change";
                    }
                    transition = to;
                }
                case "move" -> {
                    if (move != null) {
                        return "give one move: an item moves to one project";
                    }
                    move = BulkMoves.read(value);
                    if (move == null) {
                        return BulkMoves.FORM;
                    }
                }
                case "delete" -> {
                    if (!Boolean.TRUE.equals(value)) {
                        return "must be true";
                    }
                    delete = true;
                }
                default -> {
                    List<String> labels = labels(value);
                    if (labels == null) {
                        return "must be a non-empty list of labels";
                    }
                    ("addLabels".equals(name) ? add : remove).addAll(labels);
                }
            }
            return null;
        }
    }

    private static List<String> labels(Object value) {
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(l -> l instanceof String s
                && !s.isBlank())) {
            return list.stream().map(String.class::cast).toList();
        }
        return null;
    }

}

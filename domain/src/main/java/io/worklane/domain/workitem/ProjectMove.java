package io.worklane.domain.workitem;

import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldValues;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Policy: what a work item keeps when it moves to another project of its workspace (ADR 0082). Its state is
 * the one the caller maps it to, else the state of the same key in the target's workflow; a state with no
 * place is refused, never guessed (a done item must not silently reopen). A custom value is kept when the
 * target defines a field of the same key and type that accepts it, and dropped otherwise.
 */
public final class ProjectMove {
    private ProjectMove() {
    }

    /** The custom values an item keeps in the target project, and the keys of those it drops. */
    public record CarriedValues(Map<String, Object> kept, List<String> dropped) {
    }

    /** The item's state in the target workflow, or STATE_NOT_IN_TARGET_WORKFLOW naming it. */
    public static String targetState(WorkItem item, Workflow target, String targetKey, Map<String, String> mapping) {
        String mapped = mapping.get(item.status());
        if (mapped != null && target.hasState(mapped)) {
            return mapped;
        }
        if (mapped == null && target.hasState(item.status())) {
            return item.status();
        }
        String missing = mapped == null ? item.status() : mapped;
        throw new DomainException(ErrorCode.STATE_NOT_IN_TARGET_WORKFLOW, item.key() + " is in state '"
                + item.status() + "' and " + targetKey + "'s workflow for " + item.type() + " (" + target.name()
                + ") has no state '" + missing + "'. Map it to one of " + target.stateKeys()
                + ": {\"statusMapping\": {\"" + item.status() + "\": \"" + target.statePolicy().initialState()
                + "\"}}.");
    }

    public static CarriedValues customValues(Map<String, Object> values, List<CustomField> source,
                                             List<CustomField> target) {
        Map<String, Object> kept = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        values.forEach((key, value) -> {
            CustomField from = find(source, key);
            CustomField to = find(target, key);
            boolean same = to != null && (from == null || from.type() == to.type());
            CustomFieldValues.Checked checked = same && value != null
                    ? CustomFieldValues.check(List.of(to), Map.of(key, value)) : null;
            if (checked != null && checked.errors().isEmpty()) {
                kept.put(key, checked.values().get(key));
            } else if (value != null) {
                dropped.add(key);
            }
        });
        return new CarriedValues(kept, List.copyOf(dropped));
    }

    private static CustomField find(List<CustomField> defs, String key) {
        return defs.stream().filter(d -> Objects.equals(d.key(), key)).findFirst().orElse(null);
    }
}

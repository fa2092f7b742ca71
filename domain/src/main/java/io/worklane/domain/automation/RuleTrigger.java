package io.worklane.domain.automation;

import java.util.Set;

/**
 * What happened to a work item, as automation sees it. Changed fields use the filter language's
 * names ({@code priority}, {@code assignees}, {@code customFields.cost}); a transition counts as a
 * change of {@code status}. SCHEDULED is the scheduler's sweep: time passed, nothing changed.
 */
public record RuleTrigger(Kind kind, String from, String to, Set<String> changedFields) {
    public enum Kind { CREATED, TRANSITIONED, FIELDS_CHANGED, SCHEDULED }

    public RuleTrigger {
        changedFields = changedFields == null ? Set.of() : Set.copyOf(changedFields);
    }

    public static RuleTrigger created() {
        return new RuleTrigger(Kind.CREATED, null, null, Set.of());
    }

    public static RuleTrigger transitioned(String from, String to) {
        return new RuleTrigger(Kind.TRANSITIONED, from, to, Set.of("status"));
    }

    public static RuleTrigger fieldsChanged(Set<String> fields) {
        return new RuleTrigger(Kind.FIELDS_CHANGED, null, null, fields);
    }

    public static RuleTrigger scheduled() {
        return new RuleTrigger(Kind.SCHEDULED, null, null, Set.of());
    }
}

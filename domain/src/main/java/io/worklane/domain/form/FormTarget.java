package io.worklane.domain.form;

import java.util.Optional;

/**
 * Where a field's answer goes on the new work item: {@code title}, {@code description}, {@code priority},
 * {@code dueDate}, or {@code customFields.<key>} (one of the target project's custom fields).
 */
public final class FormTarget {
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String PRIORITY = "priority";
    public static final String DUE_DATE = "dueDate";
    public static final String CUSTOM = "customFields.";

    private FormTarget() {
    }

    /** The custom field's key when the target is one. */
    public static Optional<String> customKey(String target) {
        return target != null && target.startsWith(CUSTOM) && target.length() > CUSTOM.length()
                ? Optional.of(target.substring(CUSTOM.length())) : Optional.empty();
    }

    /** Why a built-in target does not take answers of this type; empty when it does (or for custom fields). */
    public static Optional<String> refusal(String target, FormFieldType type) {
        if (target == null || customKey(target).isPresent()) {
            return target == null ? Optional.of("is required: title, description, priority, dueDate or"
                    + " customFields.<key>") : Optional.empty();
        }
        return switch (target) {
            case TITLE, DESCRIPTION -> type.isText() ? Optional.empty()
                    : Optional.of(target + " takes TEXT, LONG_TEXT, EMAIL or URL answers");
            case PRIORITY -> type == FormFieldType.SELECT ? Optional.empty()
                    : Optional.of("priority takes a SELECT answer whose options are priorities");
            case DUE_DATE -> type == FormFieldType.DATE ? Optional.empty() : Optional.of("dueDate takes a DATE answer");
            default -> Optional.of("must be title, description, priority, dueDate or customFields.<key>");
        };
    }
}

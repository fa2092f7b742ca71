package io.worklane.domain.project;

import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Policy: checks a work item's custom field values against the project's definitions and
 * normalises them (numbers to decimals, money to scaled amounts). Values arrive as JSON types.
 */
public final class CustomFieldValues {
    private CustomFieldValues() {
    }

    /** The outcome: normalised values, the member ids that USER fields point to, and the errors. */
    public record Checked(Map<String, Object> values, Set<UUID> referencedMembers, List<FieldError> errors) {
    }

    public static Checked check(List<CustomField> definitions, Map<String, Object> values) {
        Map<String, CustomField> byKey = new LinkedHashMap<>();
        definitions.forEach(d -> byKey.put(d.key(), d));
        Map<String, Object> normalised = new LinkedHashMap<>();
        Set<UUID> members = new java.util.HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        values.forEach((key, raw) -> {
            CustomField def = byKey.get(key);
            String field = "customFields." + key;
            if (def == null) {
                errors.add(new FieldError(field, "UNKNOWN_CUSTOM_FIELD",
                        "the project defines no custom field '" + key + "'"));
            } else if (raw != null) {
                CustomFieldValue.Result r = CustomFieldValue.parse(def, raw);
                if (r.error() != null) {
                    errors.add(new FieldError(field, "INVALID_VALUE", r.error()));
                } else {
                    normalised.put(key, r.value());
                    if (r.member() != null) {
                        members.add(r.member());
                    }
                }
            }
        });
        for (CustomField def : definitions) {
            if (def.required() && normalised.get(def.key()) == null) {
                errors.add(new FieldError("customFields." + def.key(), "REQUIRED",
                        "the project requires a value for '" + def.name() + "'"));
            }
        }
        return new Checked(normalised, members, errors);
    }
}

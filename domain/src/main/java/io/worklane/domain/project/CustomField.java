package io.worklane.domain.project;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** A typed field defined on a project; work items of the project carry values for it. */
public record CustomField(UUID id, UUID workspaceId, UUID projectId, String key, String name, CustomFieldType type,
                          List<String> options, boolean required, long version, Instant createdAt, Instant updatedAt) {
    public static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
    public static final int MAX_OPTIONS = 100;

    public static CustomField define(UUID workspaceId, UUID projectId, String key, String name, CustomFieldType type,
                                     List<String> options, boolean required, Instant now) {
        CustomField draft = new CustomField(Ids.newId(), workspaceId, projectId, key, name, type,
                copyOf(options), required, 0, now, now);
        draft.validate();
        return draft;
    }

    /** Name, options and whether it is required may change; key and type never do (values depend on them). */
    public CustomField change(Change<String> newName, Change<List<String>> newOptions, Change<Boolean> newRequired,
                              Instant now) {
        List<String> opts = newOptions.or(options);
        CustomField changed = new CustomField(id, workspaceId, projectId, key, newName.or(name), type,
                copyOf(opts),
                Boolean.TRUE.equals(newRequired.or(required)), version, createdAt, now);
        changed.validate();
        return changed;
    }

    /** A copy that keeps null entries, so validation names them instead of failing. */
    private static List<String> copyOf(List<String> options) {
        return options == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(options));
    }

    private void validate() {
        Validation v = new Validation()
                .text(key, "key", 1, 40)
                .matches(key, KEY, "key", "must be lower_snake_case, starting with a letter, at most 40 characters")
                .text(name, "name", 1, 200)
                .require(type != null, "type", "REQUIRED", "is required")
                .require(options.size() <= MAX_OPTIONS, "options", "TOO_MANY", "at most " + MAX_OPTIONS + " options")
                .require(options.size() == new HashSet<>(options).size(), "options", "DUPLICATE", "must be unique");
        if (type != null && type.hasOptions()) {
            v.require(!options.isEmpty(), "options", "REQUIRED", "a " + type + " field needs at least one option");
        } else if (type != null) {
            v.require(options.isEmpty(), "options", "NOT_ALLOWED", "only SELECT and MULTI_SELECT fields have options");
        }
        for (int i = 0; i < options.size(); i++) {
            v.text(options.get(i), "options[" + i + "]", 1, 100);
        }
        v.orThrow();
    }
}

package io.worklane.domain.form;

import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.WorkItemType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a form is, apart from its project: its public {@code slug}, title and description, the type of item a
 * submission creates (REQUEST unless told), who may use it, the text shown after a submission and its fields.
 */
public record FormDefinition(String slug, String title, String description, WorkItemType itemType, FormAccess access,
                             String confirmation, List<FormField> fields) {
    public static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{2,62}$");
    public static final int MAX_FIELDS = 50;

    public FormDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
        itemType = itemType == null ? WorkItemType.REQUEST : itemType;
        access = access == null ? FormAccess.PUBLIC : access;
    }

    public FormDefinition validated() {
        Validation v = new Validation().text(slug, "slug", 3, 63)
                .matches(slug, SLUG, "slug", "lower-case letters, digits and -, 3 to 63 characters, not starting with -")
                .text(title, "title", 1, 200).text(description, "description", 0, 10_000)
                .text(confirmation, "confirmation", 0, 2000)
                .require(itemType != WorkItemType.EPIC && itemType != WorkItemType.MILESTONE, "itemType", "NOT_ALLOWED",
                        "a form files REQUEST, TASK, BUG or STORY items")
                .require(fields.size() <= MAX_FIELDS, "fields", "TOO_MANY", "at most " + MAX_FIELDS + " fields");
        Set<String> keys = new HashSet<>();
        Set<String> targets = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FormField f = fields.get(i);
            String at = "fields[" + i + "]";
            if (f == null) {
                v.require(false, at, "REQUIRED", "must be a field");
                continue;
            }
            f.validate(v, at);
            v.require(f.key() == null || keys.add(f.key()), at + ".key", "DUPLICATE", "each key once")
                    .require(f.target() == null || targets.add(f.target()), at + ".target", "DUPLICATE",
                            "each target once");
        }
        v.orThrow();
        return this;
    }

    /** The custom field keys the fields write, for checking against the project. */
    public List<String> customKeys() {
        return fields.stream().map(f -> FormTarget.customKey(f.target())).flatMap(java.util.Optional::stream).toList();
    }
}

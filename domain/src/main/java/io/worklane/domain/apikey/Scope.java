package io.worklane.domain.apikey;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API key may do inside its workspace. {@code admin} includes every other scope; a write
 * scope includes its read scope.
 */
public enum Scope {
    WORKSPACE_READ("workspace:read"),
    PROJECTS_READ("projects:read"),
    PROJECTS_WRITE("projects:write"),
    WORK_ITEMS_READ("work_items:read"),
    WORK_ITEMS_WRITE("work_items:write"),
    MEMBERS_READ("members:read"),
    MEMBERS_WRITE("members:write"),
    WEBHOOKS_READ("webhooks:read"),
    WEBHOOKS_WRITE("webhooks:write"),
    RESOURCES_READ("resources:read"),
    RESOURCES_WRITE("resources:write"),
    TIME_ENTRIES_READ("time_entries:read"),
    TIME_ENTRIES_WRITE("time_entries:write"),
    BUDGETS_READ("budgets:read"),
    BUDGETS_WRITE("budgets:write"),
    API_KEYS_WRITE("api_keys:write"),
    ADMIN("admin");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Scope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /** True when a key holding {@code granted} may do what needs this scope. */
    public boolean isGrantedBy(java.util.Collection<Scope> granted) {
        if (granted.contains(this) || granted.contains(ADMIN)) {
            return true;
        }
        return value.endsWith(":read") && parse(value.replace(":read", ":write")).map(granted::contains).orElse(false);
    }
}

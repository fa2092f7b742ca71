package io.worklane.domain.workflow;

import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** The rules for a transition's guards; paths such as {@code transitions[0].guards[1].fields[0]}. */
final class GuardRules {
    static final int MAX_GUARDS = 20;
    static final int MAX_LIST = 50;

    private GuardRules() {
    }

    static void check(List<Guard> guards, String path, Validation v) {
        v.require(guards.size() <= MAX_GUARDS, path, "TOO_MANY", "at most " + MAX_GUARDS + " guards per transition");
        for (int j = 0; j < guards.size(); j++) {
            String at = path + "[" + j + "]";
            Guard g = guards.get(j);
            if (g == null) {
                v.add(new FieldError(at, "REQUIRED", "must not be null"));
            } else if (g instanceof RequiredFieldsGuard r) {
                names(r.fields(), at + ".fields", "UNKNOWN_FIELD", RequiredFieldsGuard::isKnownField,
                        "is not a field a guard can require; use one of assignees, description, dueDate, "
                                + "estimateMinutes, labels, parent, priority, reporter, startDate, title or "
                                + "customFields.<key>", v);
            } else if (g instanceof RolesGuard r) {
                names(r.roles(), at + ".roles", "UNKNOWN_ROLE", RolesGuard::isKnownRole,
                        "is not a role; use OWNER, ADMIN, MEMBER, VIEWER or GUEST", v);
            } else if (g instanceof TeamGuard t) {
                teams(t.teams(), at + ".teams", v);
            } else if (g instanceof ConditionGuard c) {
                filter(c.filter(), at, v);
            }
        }
    }

    private static void names(List<String> names, String path, String unknownCode,
                              Predicate<String> known, String unknownMessage, Validation v) {
        v.require(!names.isEmpty(), path, "REQUIRED", "name at least one")
                .require(names.size() <= MAX_LIST, path, "TOO_MANY", "at most " + MAX_LIST);
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            String at = path + "[" + k + "]";
            if (!known.test(name)) {
                v.add(new FieldError(at, unknownCode, "'" + name + "' " + unknownMessage));
            } else if (!seen.add(name)) {
                v.add(new FieldError(at, "DUPLICATE", "'" + name + "' is named twice"));
            }
        }
    }

    /** Team ids only here; whether they are the workspace's teams is checked when the workflow is saved. */
    private static void teams(List<UUID> teams, String path, Validation v) {
        v.require(!teams.isEmpty(), path, "REQUIRED", "name at least one team (by id)")
                .require(teams.size() <= MAX_LIST, path, "TOO_MANY", "at most " + MAX_LIST);
        Set<UUID> seen = new HashSet<>();
        for (int k = 0; k < teams.size(); k++) {
            UUID team = teams.get(k);
            if (team == null) {
                v.add(new FieldError(path + "[" + k + "]", "INVALID_VALUE", "must be a team id (a UUID)"));
            } else if (!seen.add(team)) {
                v.add(new FieldError(path + "[" + k + "]", "DUPLICATE", "'" + team + "' is named twice"));
            }
        }
    }

    /** The filter language names its own field "filter"; the error is moved under this guard's path. */
    private static void filter(String text, String at, Validation v) {
        if (text == null || text.isBlank()) {
            v.add(new FieldError(at + ".filter", "REQUIRED",
                    "is required: a filter expression such as priority = HIGH"));
            return;
        }
        try {
            FilterExpression.parse(text);
        } catch (DomainException e) {
            if (e.errors().isEmpty()) {
                v.add(new FieldError(at + ".filter", "INVALID_FILTER", e.getMessage()));
            }
            for (FieldError error : e.errors()) {
                String rest = error.field() != null && error.field().startsWith("filter")
                        ? error.field().substring("filter".length()) : "";
                v.add(new FieldError(at + ".filter" + rest, error.code(), error.message()));
            }
        }
    }
}

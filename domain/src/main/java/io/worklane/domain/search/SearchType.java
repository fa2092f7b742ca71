package io.worklane.domain.search;

import io.worklane.domain.apikey.Scope;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a search can find, each with the read scope a caller needs to see it. Adding a kind of object is
 * one constant here, one source in the persistence layer's search and its vector in a migration.
 */
public enum SearchType {
    WORK_ITEM(Scope.WORK_ITEMS_READ),
    COMMENT(Scope.WORK_ITEMS_READ),
    PROJECT(Scope.PROJECTS_READ),
    RISK(Scope.PROJECTS_READ);

    private final Scope readScope;

    SearchType(Scope readScope) {
        this.readScope = readScope;
    }

    public Scope readScope() {
        return readScope;
    }

    public static Optional<SearchType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The names a {@code types} parameter accepts, for refusals. */
    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}

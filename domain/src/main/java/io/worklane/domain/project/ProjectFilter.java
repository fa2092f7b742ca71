package io.worklane.domain.project;

import java.util.Set;
import java.util.UUID;

/**
 * Filters of the project list; null means any. {@code hidden}: the PRIVATE projects the caller is no member of
 * (ADR 0084), left out as if missing.
 */
public record ProjectFilter(ProjectKind kind, ProjectStatus status, Set<UUID> hidden) {
    public static final ProjectFilter ANY = new ProjectFilter(null, null);

    public ProjectFilter {
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
    }

    public ProjectFilter(ProjectKind kind, ProjectStatus status) {
        this(kind, status, Set.of());
    }

    public ProjectFilter hiding(Set<UUID> projects) {
        return new ProjectFilter(kind, status, projects);
    }
}

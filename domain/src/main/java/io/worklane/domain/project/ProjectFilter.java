package io.worklane.domain.project;

/** Filters of the project list; null means any. */
public record ProjectFilter(ProjectKind kind, ProjectStatus status) {
    public static final ProjectFilter ANY = new ProjectFilter(null, null);
}

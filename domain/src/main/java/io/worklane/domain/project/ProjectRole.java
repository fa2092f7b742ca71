package io.worklane.domain.project;

/**
 * A member's (or a team's) role in one project (ADR 0084). A MANAGER manages the project (its settings, members,
 * budget, risks and status reports) as a workspace ADMIN would; a CONTRIBUTOR works in it with their workspace
 * role's scopes; a STAKEHOLDER reads it and is the audience of its status reports.
 */
public enum ProjectRole {
    MANAGER,
    CONTRIBUTOR,
    STAKEHOLDER;

    /** The stronger of two roles (a member in the project directly and through a team holds the stronger). */
    public ProjectRole max(ProjectRole other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}

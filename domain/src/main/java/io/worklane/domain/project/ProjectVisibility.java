package io.worklane.domain.project;

/** Who sees a project: every member of the workspace, or only its members and the workspace's admins (ADR 0084). */
public enum ProjectVisibility {
    WORKSPACE,
    PRIVATE
}

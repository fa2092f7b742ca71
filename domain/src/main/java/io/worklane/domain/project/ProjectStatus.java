package io.worklane.domain.project;

/** Life cycle of a project. COMPLETED and CANCELLED are closed: no new work goes in. */
public enum ProjectStatus {
    PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}

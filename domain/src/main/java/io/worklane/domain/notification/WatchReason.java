package io.worklane.domain.notification;

/** Why someone watches a work item: they made it, work on it, commented, were mentioned, or chose to. */
public enum WatchReason {
    CREATOR, ASSIGNEE, COMMENTER, MENTIONED, MANUAL
}

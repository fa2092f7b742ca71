package io.worklane.domain.me;

/** Which of a person's work items: open ones assigned to them, those due within a few days, those overdue. */
public enum WorkView {
    ASSIGNED, DUE_SOON, OVERDUE
}

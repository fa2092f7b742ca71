package io.worklane.domain.workitem;

/** How urgent a work item is. */
public enum Priority { NONE, LOW, MEDIUM, HIGH, URGENT }

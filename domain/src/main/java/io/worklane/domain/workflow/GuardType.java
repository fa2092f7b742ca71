package io.worklane.domain.workflow;

/** The kinds of guard, as written in a workflow's JSON: {@code {"type": "REQUIRED_FIELDS", ...}}. */
public enum GuardType { REQUIRED_FIELDS, ROLES, APPROVAL, CHILDREN_DONE, PREDECESSORS_DONE, CONDITION, TEAM }

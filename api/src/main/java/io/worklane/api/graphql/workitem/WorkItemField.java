package io.worklane.api.graphql.workitem;

/** The nullable fields of a work item that an update can clear; CUSTOM_FIELDS removes every value. */
public enum WorkItemField { DESCRIPTION, REPORTER, PARENT, START_DATE, DUE_DATE, ESTIMATE_MINUTES, CUSTOM_FIELDS, TEAM }

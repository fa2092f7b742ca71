package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;

/** The nullable fields of a work item that an update can clear; CUSTOM_FIELDS removes every value. */
@Description("The optional fields of a work item that an update can clear.")
public enum WorkItemField { DESCRIPTION, REPORTER, PARENT, START_DATE, DUE_DATE, ESTIMATE_MINUTES, CUSTOM_FIELDS, TEAM }

package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;

/** The nullable fields of a project that an update can clear. */
@Description("The optional fields of a project that an update can clear.")
public enum ProjectField { DESCRIPTION, LEAD, START_DATE, TARGET_DATE }

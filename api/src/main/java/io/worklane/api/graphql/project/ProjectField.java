package io.worklane.api.graphql.project;

/** The nullable fields of a project that an update can clear. */
public enum ProjectField { DESCRIPTION, LEAD, START_DATE, TARGET_DATE }

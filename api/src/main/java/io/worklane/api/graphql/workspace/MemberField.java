package io.worklane.api.graphql.workspace;

/** The nullable fields of a member that an update can clear. */
public enum MemberField { DISPLAY_NAME }

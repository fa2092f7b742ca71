package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;

/** The nullable fields of a member that an update can clear. */
@Description("The optional fields of a member that an update can clear.")
public enum MemberField { DISPLAY_NAME }

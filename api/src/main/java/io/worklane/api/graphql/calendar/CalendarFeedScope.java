package io.worklane.api.graphql.calendar;

import org.eclipse.microprofile.graphql.Description;

@Description("MEMBER: the items assigned to the feed's owner and the workspace's milestones; PROJECT: one project's.")
public enum CalendarFeedScope { MEMBER, PROJECT }

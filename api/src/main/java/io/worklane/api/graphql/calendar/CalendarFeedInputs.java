package io.worklane.api.graphql.calendar;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the calendar feed mutations. */
public final class CalendarFeedInputs {
    private CalendarFeedInputs() {
    }

    @Description("A new calendar feed of the caller.")
    @Input("CreateCalendarFeedInput")
    public static class Create {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Description("MEMBER (your assigned items and the milestones; people only: NOT_A_PERSON for a key) or PROJECT.")
        public CalendarFeedScope scope;
        @Description("The project (key or id) of a PROJECT feed; only it takes one.")
        public String project;
        @Description("See CreateWorkspaceInput.idempotencyKey. A replayed answer has no url.")
        public String idempotencyKey;
    }

    @Description("Revokes one of your calendar feeds: its URL answers 404 from then on.")
    @Input("RevokeCalendarFeedInput")
    public static class Revoke {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The id of the feed to revoke.")
        public String id;
    }
}

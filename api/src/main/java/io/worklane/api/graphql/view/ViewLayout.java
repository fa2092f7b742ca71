package io.worklane.api.graphql.view;

import org.eclipse.microprofile.graphql.Description;

@Description("How a front end lays a view's items out.")
public enum ViewLayout {
    LIST, BOARD, TABLE, TIMELINE, CALENDAR
}

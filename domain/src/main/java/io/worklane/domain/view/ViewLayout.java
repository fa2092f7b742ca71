package io.worklane.domain.view;

/** How a front end lays a saved view's items out; Worklane stores it, the front end draws it. */
public enum ViewLayout {
    LIST, BOARD, TABLE, TIMELINE, CALENDAR
}

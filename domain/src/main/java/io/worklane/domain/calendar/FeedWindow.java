package io.worklane.domain.calendar;

import java.time.LocalDate;

/**
 * The days a feed covers: from 90 days ago to a year ahead (ADR 0075). Older items have left a calendar's view,
 * and a bounded feed keeps every fetch (clients poll every few hours) cheap whatever the workspace's history.
 */
public record FeedWindow(LocalDate from, LocalDate to) {
    public static final int DAYS_BACK = 90;
    public static final int DAYS_AHEAD = 365;
    /** At most this many events in one feed, earliest first. */
    public static final int MAX_EVENTS = 1000;

    public static FeedWindow around(LocalDate today) {
        return new FeedWindow(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD));
    }
}

package io.worklane.domain.calendar;

/** What a calendar feed shows: its owner's assigned items (and the workspace's milestones), or one project's. */
public enum FeedScope { MEMBER, PROJECT }

package io.worklane.domain.statusreport;

/** How a project is doing, as a status report says. */
public enum Health { ON_TRACK, AT_RISK, OFF_TRACK }

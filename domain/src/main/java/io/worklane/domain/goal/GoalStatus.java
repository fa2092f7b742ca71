package io.worklane.domain.goal;

/**
 * What the goal's owner says of it; set by people, never derived (progress is the measured figure beside it).
 * A CANCELLED child goal is left out of its parent's progress.
 */
public enum GoalStatus { ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, MISSED, CANCELLED }

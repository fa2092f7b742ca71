package io.worklane.domain.planning;

/** Where a milestone stands: reached, on track, at risk (its predecessors finish after its date), or missed. */
public enum MilestoneStatus { DONE, ON_TRACK, AT_RISK, MISSED }

package io.worklane.domain.planning;

/** A plain link between two items, with no effect on scheduling: related work, or a duplicate of another. */
public enum LinkType { RELATES_TO, DUPLICATES }

package io.worklane.domain.project;

/** PROJECT: a temporary initiative with dates that closes. PROCESS: an ongoing workflow board with no end. */
public enum ProjectKind { PROJECT, PROCESS }

package io.worklane.domain.statusreport;

/** A report is edited as a DRAFT; PUBLISHED is final (corrections are a new report). */
public enum ReportStatus { DRAFT, PUBLISHED }

package io.worklane.domain.workflow.approval;

/** Where an approval request stands; it leaves PENDING once and for all. */
public enum ApprovalStatus { PENDING, APPROVED, REJECTED }

package io.worklane.domain.workflow.approval;

/** What one approver decided. */
public enum Verdict { APPROVE, REJECT }

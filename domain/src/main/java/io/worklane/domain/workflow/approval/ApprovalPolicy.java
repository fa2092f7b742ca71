package io.worklane.domain.workflow.approval;

/** How many approvers must approve: ANY one of them, or ALL of the named ones. One rejection always rejects. */
public enum ApprovalPolicy { ANY, ALL }

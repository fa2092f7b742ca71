package io.worklane.domain.workflow.approval;

import java.time.Instant;
import java.util.UUID;

/** One approver's decision, with an optional comment (at most 2,000 characters). */
public record ApprovalDecision(UUID memberId, Verdict verdict, String comment, Instant at) {
}

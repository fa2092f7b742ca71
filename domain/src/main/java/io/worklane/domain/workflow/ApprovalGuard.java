package io.worklane.domain.workflow;

/** The latest approval request on the item must be APPROVED: {@code {"type":"APPROVAL"}}. */
public record ApprovalGuard() implements Guard {

    @Override
    public GuardType type() {
        return GuardType.APPROVAL;
    }

    @Override
    public GuardResult evaluate(GuardContext context) {
        return switch (context.approval()) {
            case APPROVED -> GuardResult.pass(type(), "The latest approval request is APPROVED.");
            case PENDING -> GuardResult.fail(type(), "Waiting for approval: the latest approval request is PENDING.");
            case REJECTED -> GuardResult.fail(type(),
                    "The latest approval request was REJECTED; request a new approval first.");
            case NONE -> GuardResult.fail(type(), "Request an approval first: this item has none yet.");
        };
    }
}

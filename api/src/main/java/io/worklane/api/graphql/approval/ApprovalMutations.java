package io.worklane.api.graphql.approval;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.approval.ApprovalRequest;
import io.worklane.api.application.approval.ApprovalService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.InputIds;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.workflow.approval.Verdict;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class ApprovalMutations {
    private final ApprovalService approvals;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public ApprovalMutations(ApprovalService approvals, IdempotentCreate idempotent, CurrentCaller caller) {
        this.approvals = approvals;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("requestApproval")
    @Description("Asks for a decision on a work item. Unknown approvers are VALIDATION_FAILED (UNKNOWN_MEMBER).")
    public Uni<ApprovalPayload> requestApproval(@Name("input") @NonNull RequestApprovalInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var request = new ApprovalRequest(InputIds.uuids(in.approvers, "approvers"), in.role, in.policy,
                    in.team);
            return idempotent.run(who, in.idempotencyKey, "requestApproval", in,
                    () -> approvals.request(who, in.workspace, in.workItem, request),
                    a -> a.id().toString(), id -> approvals.get(who, in.workspace, id));
        }).map(a -> new ApprovalPayload(new Approval(a)));
    }

    @Mutation("approveApproval")
    @Description("Approves, as the signed-in member: only an approver may (NOT_AN_APPROVER), never an API key.")
    public Uni<ApprovalPayload> approveApproval(@Name("input") @NonNull DecideApprovalInput in) {
        return decide(in, Verdict.APPROVE);
    }

    @Mutation("rejectApproval")
    @Description("Rejects, as the signed-in member: only an approver may (NOT_AN_APPROVER), never an API key.")
    public Uni<ApprovalPayload> rejectApproval(@Name("input") @NonNull DecideApprovalInput in) {
        return decide(in, Verdict.REJECT);
    }

    private Uni<ApprovalPayload> decide(DecideApprovalInput in, Verdict verdict) {
        return Uni.createFrom().deferred(() -> approvals.decide(caller.get(), in.workspace, in.id,
                        Changes.version(in.expectedVersion), verdict, in.comment))
                .map(a -> new ApprovalPayload(new Approval(a)));
    }
}

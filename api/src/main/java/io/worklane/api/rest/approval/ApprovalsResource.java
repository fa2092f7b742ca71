package io.worklane.api.rest.approval;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.approval.ApprovalService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.Verdict;
import io.worklane.openapi.api.ApprovalsApi;
import io.worklane.openapi.model.ApprovalCreate;
import io.worklane.openapi.model.ApprovalDecide;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

@Authenticated
public class ApprovalsResource implements ApprovalsApi {
    private final ApprovalService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public ApprovalsResource(ApprovalService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> requestApproval(String ws, String workItem, ApprovalCreate body,
                                                     String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/work-items/" + workItem
                        + "/approvals", body, () -> service.request(c, ws, workItem, ApprovalDtos.request(body)),
                ApprovalDtos::of, a -> "/api/v1/workspaces/" + a.workspaceId() + "/approvals/" + a.id());
    }

    @Override
    public CompletionStage<Response> listApprovals(String ws, String workItem, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, workItem, Pages.of(limit, cursor, "createdAt")),
                ApprovalDtos::list);
    }

    @Override
    public CompletionStage<Response> getApproval(String ws, String approvalId) {
        return responses.ok(service.get(caller.get(), ws, approvalId), ApprovalDtos::of, Approval::version);
    }

    @Override
    public CompletionStage<Response> approveApproval(String ws, String approvalId, String ifMatch,
                                                     String idempotencyKey, ApprovalDecide body) {
        return decide(ws, approvalId, ifMatch, idempotencyKey, body, Verdict.APPROVE, "approve");
    }

    @Override
    public CompletionStage<Response> rejectApproval(String ws, String approvalId, String ifMatch,
                                                    String idempotencyKey, ApprovalDecide body) {
        return decide(ws, approvalId, ifMatch, idempotencyKey, body, Verdict.REJECT, "reject");
    }

    private CompletionStage<Response> decide(String ws, String approvalId, String ifMatch, String idempotencyKey,
                                             ApprovalDecide body, Verdict verdict, String action) {
        Caller c = caller.get();
        Long expected = Versions.ifMatch(ifMatch);
        String comment = body == null ? null : body.getComment();
        return responses.acted(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/approvals/" + approvalId + "/"
                        + action, body, () -> service.decide(c, ws, approvalId, expected, verdict, comment),
                ApprovalDtos::of);
    }
}

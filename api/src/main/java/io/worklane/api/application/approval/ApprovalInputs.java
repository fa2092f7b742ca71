package io.worklane.api.application.approval;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/**
 * Turns a request into a valid new approval: the domain's rules first (no statement), then one
 * statement to check that the named approvers are members. Field errors carry the names the APIs use
 * ("approvers", "role"), not the domain's ("approverIds", "approverRole"), so a client can point at its input.
 */
@ApplicationScoped
public class ApprovalInputs {
    private static final Map<String, String> API_NAMES = Map.of("approverIds", "approvers", "approverRole", "role");
    private final MemberCheck members;

    public ApprovalInputs(MemberCheck members) {
        this.members = members;
    }

    Uni<Approval> draft(WorkItem item, ApprovalRequest r, Actor requestedBy, Instant now) {
        Approval draft;
        try {
            draft = Approval.request(item.workspaceId(), item.id(), r.approvers(), r.role(), r.policy(), requestedBy,
                    now);
        } catch (DomainException e) {
            throw e.code() == ErrorCode.VALIDATION_FAILED ? DomainException.validation(e.errors().stream()
                    .map(f -> new FieldError(apiName(f.field()), f.code(), apiNames(f.message()))).toList()) : e;
        }
        return members.exist(item.workspaceId(), "approvers", draft.approverIds()).replaceWith(draft);
    }

    private static String apiName(String field) {
        return API_NAMES.getOrDefault(field, field);
    }

    private static String apiNames(String message) {
        String out = message.replace("an approverRole", "a role");
        for (Map.Entry<String, String> e : API_NAMES.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}

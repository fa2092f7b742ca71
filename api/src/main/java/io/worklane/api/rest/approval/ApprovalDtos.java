package io.worklane.api.rest.approval;

import io.worklane.api.application.approval.ApprovalRequest;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.ApprovalDecision;
import io.worklane.domain.workflow.approval.ApprovalPolicy;
import io.worklane.domain.workspace.MemberRole;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.ApprovalCreate;
import io.worklane.openapi.model.ApprovalList;
import io.worklane.openapi.model.ApprovalStatus;
import java.util.ArrayList;

/** REST models ↔ domain for approvals: explicit both ways, enums by name. */
final class ApprovalDtos {
    private ApprovalDtos() {
    }

    static ApprovalRequest request(ApprovalCreate b) {
        return new ApprovalRequest(b.getApprovers() == null ? null : new ArrayList<>(b.getApprovers()),
                b.getRole() == null ? null : MemberRole.valueOf(b.getRole().name()),
                b.getPolicy() == null ? null : ApprovalPolicy.valueOf(b.getPolicy().name()), b.getTeam());
    }

    static io.worklane.openapi.model.Approval of(Approval a) {
        return new io.worklane.openapi.model.Approval().id(a.id()).workItemId(a.workItemId())
                .approvers(new ArrayList<>(a.approverIds()))
                .role(a.approverRole() == null ? null
                        : io.worklane.openapi.model.MemberRole.fromValue(a.approverRole().name()))
                .team(a.approverTeamId())
                .policy(io.worklane.openapi.model.ApprovalPolicy.fromValue(a.policy().name()))
                .status(ApprovalStatus.fromValue(a.status().name()))
                .decisions(a.decisions().stream().map(ApprovalDtos::of).toList())
                .requestedBy(new Actor().kind(ActorKind.fromValue(a.requestedBy().kind().name()))
                        .id(a.requestedBy().id()).name(a.requestedBy().name()))
                .version(a.version()).createdAt(Dates.utc(a.createdAt())).updatedAt(Dates.utc(a.updatedAt()));
    }

    static ApprovalList list(Page<Approval> page) {
        return new ApprovalList().items(page.items().stream().map(ApprovalDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    private static io.worklane.openapi.model.ApprovalDecision of(ApprovalDecision d) {
        return new io.worklane.openapi.model.ApprovalDecision().memberId(d.memberId())
                .verdict(io.worklane.openapi.model.Verdict.fromValue(d.verdict().name())).comment(d.comment())
                .at(Dates.utc(d.at()));
    }
}

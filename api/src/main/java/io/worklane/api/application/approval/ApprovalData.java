package io.worklane.api.application.approval;

import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.ApprovalDecision;
import java.util.LinkedHashMap;
import java.util.Map;

/** Event payloads of approvals, as the REST API shows them. */
final class ApprovalData {
    private ApprovalData() {
    }

    static Map<String, Object> of(Approval a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("workItemId", a.workItemId().toString());
        m.put("approvers", a.approverIds().stream().map(Object::toString).toList());
        m.put("role", a.approverRole() == null ? null : a.approverRole().name());
        m.put("team", a.approverTeamId() == null ? null : a.approverTeamId().toString());
        m.put("policy", a.policy().name());
        m.put("status", a.status().name());
        m.put("decisions", a.decisions().stream().map(ApprovalData::of).toList());
        m.put("requestedBy", actor(a));
        m.put("version", a.version());
        m.put("createdAt", a.createdAt().toString());
        m.put("updatedAt", a.updatedAt().toString());
        return m;
    }

    /** The approval after a decision, with that decision on its own for consumers that react to it. */
    static Map<String, Object> decided(Approval a, ApprovalDecision decision) {
        Map<String, Object> m = of(a);
        m.put("decision", of(decision));
        return m;
    }

    private static Map<String, Object> of(ApprovalDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("memberId", d.memberId().toString());
        m.put("verdict", d.verdict().name());
        m.put("comment", d.comment());
        m.put("at", d.at().toString());
        return m;
    }

    private static Map<String, Object> actor(Approval a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.requestedBy().kind().name());
        m.put("id", a.requestedBy().id());
        m.put("name", a.requestedBy().name());
        return m;
    }
}

package io.worklane.persistence.approval;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.ApprovalDecision;
import io.worklane.domain.workflow.approval.ApprovalPolicy;
import io.worklane.domain.workflow.approval.ApprovalStatus;
import io.worklane.domain.workflow.approval.Verdict;
import io.worklane.domain.workspace.MemberRole;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Approval ↔ entity and row → approval. Decisions travel as a JSON array of {memberId, verdict, comment, at}. */
final class ApprovalMapping {
    static final String COLUMNS = "id, workspace_id, work_item_id, approver_ids::text AS approver_ids, approver_role, "
            + "policy, status, decisions::text AS decisions, requested_by_kind, requested_by_id, requested_by_name, "
            + "version, created_at, updated_at, approver_team_id";

    private ApprovalMapping() {
    }

    static Approval fromRow(Row r) {
        return new Approval(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("work_item_id"),
                uuids(r.getString("approver_ids")), role(r.getString("approver_role")),
                ApprovalPolicy.valueOf(r.getString("policy")), ApprovalStatus.valueOf(r.getString("status")),
                decisions(r.getString("decisions")), actor(r.getString("requested_by_kind"),
                r.getString("requested_by_id"), r.getString("requested_by_name")), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"), r.getUUID("approver_team_id"));
    }

    static Approval fromEntity(ApprovalEntity e) {
        return new Approval(e.id, e.workspaceId, e.workItemId, uuids(e.approverIds), role(e.approverRole),
                ApprovalPolicy.valueOf(e.policy), ApprovalStatus.valueOf(e.status), decisions(e.decisions),
                actor(e.requestedByKind, e.requestedById, e.requestedByName), e.version, e.createdAt, e.updatedAt,
                e.approverTeamId);
    }

    static ApprovalEntity copy(Approval a, ApprovalEntity e) {
        e.id = a.id();
        e.workspaceId = a.workspaceId();
        e.workItemId = a.workItemId();
        e.approverIds = Json.write(a.approverIds().stream().map(UUID::toString).toList());
        e.approverRole = a.approverRole() == null ? null : a.approverRole().name();
        e.approverTeamId = a.approverTeamId();
        e.policy = a.policy().name();
        e.status = a.status().name();
        e.decisions = Json.write(a.decisions().stream().map(ApprovalMapping::json).toList());
        e.requestedByKind = a.requestedBy().kind().name();
        e.requestedById = a.requestedBy().id();
        e.requestedByName = a.requestedBy().name();
        e.createdAt = a.createdAt();
        e.updatedAt = a.updatedAt();
        return e;
    }

    private static Map<String, Object> json(ApprovalDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("memberId", d.memberId().toString());
        m.put("verdict", d.verdict().name());
        m.put("comment", d.comment());
        m.put("at", d.at().toString());
        return m;
    }

    private static List<ApprovalDecision> decisions(String json) {
        return Json.objects(json).stream().map(m -> new ApprovalDecision(UUID.fromString((String) m.get("memberId")),
                Verdict.valueOf((String) m.get("verdict")), (String) m.get("comment"),
                Instant.parse((String) m.get("at")))).toList();
    }

    private static List<UUID> uuids(String json) {
        return Json.stringList(json).stream().map(UUID::fromString).toList();
    }

    private static MemberRole role(String name) {
        return name == null ? null : MemberRole.valueOf(name);
    }

    private static Actor actor(String kind, String id, String name) {
        return new Actor(Actor.Kind.valueOf(kind), id, name);
    }
}

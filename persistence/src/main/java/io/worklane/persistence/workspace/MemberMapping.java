package io.worklane.persistence.workspace;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.MemberRole;
import io.worklane.persistence.shared.Rows;

/** Member ↔ entity and row → member, spelled out field by field. */
final class MemberMapping {
    static final String COLUMNS =
            "id, workspace_id, email, display_name, role, subject, version, created_at, updated_at";

    private MemberMapping() {
    }

    static Member fromRow(Row r) {
        return new Member(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("email"),
                r.getString("display_name"), MemberRole.valueOf(r.getString("role")), r.getString("subject"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    static Member fromEntity(MemberEntity e) {
        return new Member(e.id, e.workspaceId, e.email, e.displayName, MemberRole.valueOf(e.role), e.subject,
                e.version, e.createdAt, e.updatedAt);
    }

    static MemberEntity copy(Member m, MemberEntity e) {
        e.id = m.id();
        e.workspaceId = m.workspaceId();
        e.email = m.email();
        e.displayName = m.displayName();
        e.role = m.role().name();
        e.subject = m.subject();
        e.createdAt = m.createdAt();
        e.updatedAt = m.updatedAt();
        return e;
    }
}

package io.worklane.persistence.team;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.team.Team;
import io.worklane.persistence.shared.Rows;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Team ↔ row and entity, explicitly; the members come in order in one array column. */
final class TeamMapping {
    static final String COLUMNS = "t.id, t.workspace_id, t.name, t.description, t.lead_id,"
            + " coalesce((SELECT array_agg(tm.member_id ORDER BY tm.position) FROM team_members tm"
            + " WHERE tm.team_id = t.id), '{}') AS member_ids, t.version, t.created_at, t.updated_at";

    private TeamMapping() {
    }

    static TeamEntity copy(Team t, TeamEntity e) {
        e.id = t.id();
        e.workspaceId = t.workspaceId();
        e.name = t.name();
        e.description = t.description();
        e.leadId = t.leadId();
        e.createdAt = t.createdAt();
        e.updatedAt = t.updatedAt();
        return e;
    }

    static Team fromEntity(TeamEntity e, List<UUID> memberIds) {
        return new Team(e.id, e.workspaceId, e.name, e.description, e.leadId, memberIds, e.version, e.createdAt,
                e.updatedAt);
    }

    static Team fromRow(Row r) {
        UUID[] ids = r.getArrayOfUUIDs("member_ids");
        return new Team(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("name"), r.getString("description"),
                r.getUUID("lead_id"), ids == null ? List.of() : Arrays.asList(ids), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }
}

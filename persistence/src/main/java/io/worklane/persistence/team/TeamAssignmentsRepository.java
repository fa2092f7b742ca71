package io.worklane.persistence.team;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.team.MemberLoad;
import io.worklane.domain.team.TeamAssignments;
import io.worklane.domain.team.TeamTurn;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The round robin's cursor in the rule's session (locked, then moved); the members' loads through Sql. */
@ApplicationScoped
public class TeamAssignmentsRepository implements TeamAssignments {
    // the member ids as one text column: the session reads no uuid arrays
    private static final String LOCK = "SELECT t.name, cast(t.assign_cursor AS text), (SELECT string_agg(cast("
            + "m.member_id AS text), ',' ORDER BY m.position) FROM team_members m WHERE m.team_id = t.id)"
            + " FROM teams t WHERE t.workspace_id = :ws AND t.id = :id FOR UPDATE OF t";
    // an open item's estimate is shared among its assignees, as the workload shares it
    private static final String LOADS = "SELECT m.member_id, coalesce(round(sum(w.estimate_minutes::numeric"
            + " / jsonb_array_length(w.assignee_ids))), 0)::bigint AS minutes FROM team_members m"
            + " LEFT JOIN work_items w ON w.workspace_id = m.workspace_id AND w.completed_at IS NULL"
            + " AND w.estimate_minutes > 0 AND w.assignee_ids @> jsonb_build_array(cast(m.member_id AS text))"
            + " WHERE m.workspace_id = $1 AND m.team_id = $2 GROUP BY m.member_id, m.position ORDER BY m.position";
    private final Sql sql;

    public TeamAssignmentsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<TeamTurn>> lockTurn(UUID workspaceId, UUID teamId) {
        return Writes.inSession(s -> Writes.<Object[]>nativeQuery(s, LOCK).setParameter("ws", workspaceId)
                .setParameter("id", teamId).getResultList()
                .map(rows -> rows.stream().findFirst().map(r -> new TeamTurn(teamId, (String) r[0],
                        members((String) r[2]), r[1] == null ? null : UUID.fromString((String) r[1])))));
    }

    @Override
    public Uni<Void> assigned(UUID teamId, UUID memberId) {
        return Writes.inSession(s -> s.createNativeQuery("UPDATE teams SET assign_cursor = :m WHERE id = :id")
                .setParameter("m", memberId).setParameter("id", teamId).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<MemberLoad>> loads(UUID workspaceId, UUID teamId) {
        return sql.list(LOADS, Tuple.of(workspaceId, teamId),
                r -> new MemberLoad(r.getUUID("member_id"), r.getLong("minutes")));
    }

    private static List<UUID> members(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }
}

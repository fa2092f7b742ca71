package io.worklane.persistence.team;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.team.Team;
import io.worklane.domain.team.TeamUse;
import io.worklane.domain.team.Teams;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class TeamsRepository implements Teams {
    static final String SORT = "createdAt";
    private static final String SELECT = "SELECT " + TeamMapping.COLUMNS + " FROM teams t";
    // JSON containment: some transition has a TEAM guard naming the team / some action assigns to it
    private static final String GUARD = "jsonb_build_object('transitions', jsonb_build_array(jsonb_build_object("
            + "'guards', jsonb_build_array(jsonb_build_object('type', 'TEAM', 'teams', jsonb_build_array("
            + "cast($2 AS text)))))))";
    private static final String ASSIGN = "jsonb_build_array(jsonb_build_object('type', 'ASSIGN', 'team',"
            + " cast($2 AS text)))";
    private final Sql sql;

    public TeamsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Team>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE t.workspace_id = $1 AND t.id = $2", Tuple.of(workspaceId, id),
                TeamMapping::fromRow);
    }

    @Override
    public Uni<Page<Team>> list(UUID workspaceId, UUID memberId, PageRequest page) {
        Params p = new Params().where("t.workspace_id = ?", workspaceId)
                .whereIf(memberId != null, "EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = t.id"
                        + " AND m.member_id = ?)", memberId);
        Keyset.afterTimestamp(p, "t.created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY t.created_at, t.id LIMIT " + (page.limit() + 1), p.tuple(),
                        TeamMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT, r -> Keyset.timestampValue(r.createdAt()),
                        Team::id));
    }

    @Override
    public Uni<List<Team>> byIds(UUID workspaceId, Collection<UUID> ids) {
        return sql.list(SELECT + " WHERE t.workspace_id = $1 AND t.id = ANY($2)",
                Tuple.of(workspaceId, ids.toArray(UUID[]::new)), TeamMapping::fromRow);
    }

    @Override
    public Uni<TeamUse> use(UUID workspaceId, UUID id, int limit) {
        String query = "SELECT (SELECT count(*) FROM work_items WHERE workspace_id = $1 AND team_id = $2) AS items,"
                + " (SELECT count(*) FROM approvals WHERE workspace_id = $1 AND approver_team_id = $2"
                + " AND status = 'PENDING') AS approvals, (SELECT array_agg(k.item) FROM (SELECT p.key || '-' || w.number"
                + " AS item FROM work_items w JOIN projects p ON p.id = w.project_id WHERE w.workspace_id = $1"
                + " AND w.team_id = $2 ORDER BY p.key, w.number LIMIT $3) k) AS some_keys,"
                + " (SELECT array_agg(name ORDER BY name) FROM workflows WHERE workspace_id = $1"
                + " AND definition @> " + GUARD + ") AS workflows,"
                + " (SELECT array_agg(name ORDER BY name) FROM automation_rules WHERE workspace_id = $1"
                + " AND actions @> " + ASSIGN + ") AS rules,"
                // a saved template's rules would assign to it in every project created from the template
                + " (SELECT array_agg(name ORDER BY name) FROM project_templates WHERE workspace_id = $1"
                + " AND content -> 'automationRules' @> jsonb_build_array(jsonb_build_object('actions', " + ASSIGN
                + "))) AS templates";
        return sql.query(query, Tuple.of(workspaceId, id, limit)).map(rows -> {
            var r = rows.iterator().next();
            return new TeamUse(r.getLong("items"), strings(r.getArrayOfStrings("some_keys")), r.getLong("approvals"),
                    strings(r.getArrayOfStrings("workflows")), strings(r.getArrayOfStrings("rules")),
                    strings(r.getArrayOfStrings("templates")));
        });
    }

    @Override
    public Uni<Team> insert(Team team) {
        return Writes.persist(TeamMapping.copy(team, new TeamEntity()), "Team " + team.name())
                .call(e -> replaceMembers(team))
                .map(e -> TeamMapping.fromEntity(e, team.memberIds()));
    }

    @Override
    public Uni<Team> update(Team changed) {
        return Writes.update(TeamEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Team " + changed.name(), () -> notFound(changed.id()), e -> TeamMapping.copy(changed, e))
                .call(e -> replaceMembers(changed))
                .map(e -> TeamMapping.fromEntity(e, changed.memberIds()));
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(TeamEntity.class, id, workspaceId, expectedVersion, "Team " + id, () -> notFound(id));
    }

    /**
     * The member rows rewritten in the transaction, positions 1..n in the list's order. The team row is
     * flushed first, so the rows' foreign key finds it.
     */
    private Uni<Void> replaceMembers(Team t) {
        String ids = t.memberIds().stream().map(UUID::toString).collect(Collectors.joining(","));
        return Writes.inSession(s -> s.flush().chain(() -> s.createNativeQuery(
                        "DELETE FROM team_members WHERE team_id = :id").setParameter("id", t.id()).executeUpdate())
                .chain(() -> t.memberIds().isEmpty() ? Uni.createFrom().item(0) : s.createNativeQuery(
                                "INSERT INTO team_members (team_id, member_id, workspace_id, position)"
                                        + " SELECT :id, cast(x.member AS uuid), :ws, x.position FROM unnest(string_to_array("
                                        + "cast(:ids AS text), ',')) WITH ORDINALITY AS x(member, position)")
                        .setParameter("id", t.id()).setParameter("ws", t.workspaceId()).setParameter("ids", ids)
                        .executeUpdate())).replaceWithVoid();
    }

    private static List<String> strings(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.TEAM_NOT_FOUND, "Team", id.toString());
    }
}

package io.worklane.persistence.shared;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.Nodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NodesRepository implements Nodes {
    /** Every table keyed by a UUIDv7 primary key; ids are unique across tables, so at most one row matches. */
    private static final String LOCATE = "SELECT * FROM ("
            + "SELECT 'WORKSPACE' AS kind, id AS workspace_id, NULL::uuid AS owner_id FROM workspaces WHERE id = $1"
            + " UNION ALL SELECT 'MEMBER', workspace_id, NULL::uuid FROM members WHERE id = $1"
            + " UNION ALL SELECT 'PROJECT', workspace_id, NULL::uuid FROM projects WHERE id = $1"
            + " UNION ALL SELECT 'CUSTOM_FIELD', workspace_id, project_id FROM custom_fields WHERE id = $1"
            + " UNION ALL SELECT 'WORK_ITEM', workspace_id, project_id FROM work_items WHERE id = $1"
            + " UNION ALL SELECT 'COMMENT', workspace_id, work_item_id FROM comments WHERE id = $1"
            + " UNION ALL SELECT 'APPROVAL', workspace_id, work_item_id FROM approvals WHERE id = $1"
            + " UNION ALL SELECT 'PORTFOLIO', workspace_id, NULL::uuid FROM portfolios WHERE id = $1"
            + " UNION ALL SELECT 'TEAM', workspace_id, NULL::uuid FROM teams WHERE id = $1"
            + ") found";
    private final Sql sql;

    public NodesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<Ref>> locate(UUID id, Collection<UUID> onlyIn) {
        if (onlyIn == null) {
            return sql.one(LOCATE + " LIMIT 1", Tuple.of(id), r -> ref(id, r));
        }
        return sql.one(LOCATE + " WHERE workspace_id = ANY($2) LIMIT 1",
                Tuple.of(id, onlyIn.toArray(UUID[]::new)), r -> ref(id, r));
    }

    private static Ref ref(UUID id, Row r) {
        return new Ref(Kind.valueOf(r.getString("kind")), id, r.getUUID("workspace_id"), r.getUUID("owner_id"));
    }
}

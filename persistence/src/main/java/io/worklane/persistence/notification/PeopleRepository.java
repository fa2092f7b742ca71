package io.worklane.persistence.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.notification.People;
import io.worklane.domain.workspace.MemberRole;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PeopleRepository implements People {
    private final Sql sql;

    public PeopleRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<List<UUID>> withRole(UUID workspaceId, MemberRole role) {
        return sql.list("SELECT id FROM members WHERE workspace_id = $1 AND role = $2 ORDER BY created_at, id LIMIT 200",
                Tuple.of(workspaceId, role.name()), r -> r.getUUID("id"));
    }
}

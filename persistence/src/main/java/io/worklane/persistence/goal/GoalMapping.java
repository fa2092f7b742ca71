package io.worklane.persistence.goal;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.GoalStatus;
import io.worklane.persistence.shared.Rows;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Goal ↔ row and entity, explicitly; the links come in order in two array columns. */
final class GoalMapping {
    static final String COLUMNS = "g.id, g.workspace_id, g.title, g.description, g.owner_id, g.period_start,"
            + " g.period_end, g.parent_id, g.status, coalesce((SELECT array_agg(l.project_id ORDER BY l.position)"
            + " FROM goal_projects l WHERE l.goal_id = g.id), '{}') AS project_ids,"
            + " coalesce((SELECT array_agg(l.portfolio_id ORDER BY l.position) FROM goal_portfolios l"
            + " WHERE l.goal_id = g.id), '{}') AS portfolio_ids, g.version, g.created_at, g.updated_at";

    private GoalMapping() {
    }

    static GoalEntity copy(Goal g, GoalEntity e) {
        e.id = g.id();
        e.workspaceId = g.workspaceId();
        e.title = g.title();
        e.description = g.description();
        e.ownerId = g.ownerId();
        e.periodStart = g.periodStart();
        e.periodEnd = g.periodEnd();
        e.parentId = g.parentId();
        e.status = g.status().name();
        e.createdAt = g.createdAt();
        e.updatedAt = g.updatedAt();
        return e;
    }

    static Goal fromEntity(GoalEntity e, List<UUID> projectIds, List<UUID> portfolioIds) {
        return new Goal(e.id, e.workspaceId, e.title, e.description, e.ownerId, e.periodStart, e.periodEnd,
                e.parentId, GoalStatus.valueOf(e.status), projectIds, portfolioIds, e.version, e.createdAt,
                e.updatedAt);
    }

    static Goal fromRow(Row r) {
        return new Goal(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("title"), r.getString("description"),
                r.getUUID("owner_id"), r.getLocalDate("period_start"), r.getLocalDate("period_end"),
                r.getUUID("parent_id"), GoalStatus.valueOf(r.getString("status")), ids(r, "project_ids"),
                ids(r, "portfolio_ids"), r.getLong("version"), Rows.instant(r, "created_at"),
                Rows.instant(r, "updated_at"));
    }

    private static List<UUID> ids(Row r, String column) {
        UUID[] ids = r.getArrayOfUUIDs(column);
        return ids == null ? List.of() : Arrays.asList(ids);
    }
}

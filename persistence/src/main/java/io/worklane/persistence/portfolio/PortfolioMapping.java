package io.worklane.persistence.portfolio;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.persistence.shared.Rows;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Portfolio ↔ row and entity, explicitly; the projects come ranked in one array column. */
final class PortfolioMapping {
    static final String COLUMNS = "p.id, p.workspace_id, p.name, p.description, p.owner_id, p.currency, p.parent_id,"
            + " coalesce((SELECT array_agg(pp.project_id ORDER BY pp.rank) FROM portfolio_projects pp"
            + " WHERE pp.portfolio_id = p.id), '{}') AS project_ids, p.version, p.created_at, p.updated_at";

    private PortfolioMapping() {
    }

    static PortfolioEntity copy(Portfolio p, PortfolioEntity e) {
        e.id = p.id();
        e.workspaceId = p.workspaceId();
        e.name = p.name();
        e.description = p.description();
        e.ownerId = p.ownerId();
        e.currency = p.currency();
        e.parentId = p.parentId();
        e.createdAt = p.createdAt();
        e.updatedAt = p.updatedAt();
        return e;
    }

    static Portfolio fromEntity(PortfolioEntity e, List<UUID> projectIds) {
        return new Portfolio(e.id, e.workspaceId, e.name, e.description, e.ownerId, e.currency.strip(), e.parentId,
                projectIds, e.version, e.createdAt, e.updatedAt);
    }

    static Portfolio fromRow(Row r) {
        UUID[] ids = r.getArrayOfUUIDs("project_ids");
        return new Portfolio(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("name"),
                r.getString("description"), r.getUUID("owner_id"), r.getString("currency").strip(),
                r.getUUID("parent_id"), ids == null ? List.of() : Arrays.asList(ids), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }
}

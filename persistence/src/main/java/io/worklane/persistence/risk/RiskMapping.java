package io.worklane.persistence.risk;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.risk.RiskResponse;
import io.worklane.domain.risk.RiskStatus;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import java.util.List;
import java.util.UUID;

/** Risk ↔ row and entity, explicitly. */
final class RiskMapping {
    static final String COLUMNS = "id, workspace_id, project_id, portfolio_id, title, description, category, probability, impact,"
            + " owner_id, proximity_date, response, mitigation_plan, status, mitigation_item_ids::text AS items,"
            + " closed_at, version, created_at, updated_at";

    private RiskMapping() {
    }

    static RiskEntity copy(Risk r, RiskEntity e) {
        e.id = r.id();
        e.workspaceId = r.workspaceId();
        e.projectId = r.projectId();
        e.portfolioId = r.portfolioId();
        e.title = r.title();
        e.description = r.description();
        e.category = r.category();
        e.probability = r.probability();
        e.impact = r.impact();
        e.ownerId = r.ownerId();
        e.proximityDate = r.proximityDate();
        e.response = r.response() == null ? null : r.response().name();
        e.mitigationPlan = r.mitigationPlan();
        e.status = r.status().name();
        e.mitigationItemIds = Json.write(r.mitigationItemIds().stream().map(UUID::toString).toList());
        e.closedAt = r.closedAt();
        e.createdAt = r.createdAt();
        e.updatedAt = r.updatedAt();
        return e;
    }

    static Risk fromEntity(RiskEntity e) {
        return new Risk(e.id, e.workspaceId, e.projectId, e.portfolioId, e.title, e.description, e.category,
                e.probability, e.impact, e.ownerId, e.proximityDate, e.response == null ? null : RiskResponse.valueOf(e.response),
                e.mitigationPlan, RiskStatus.valueOf(e.status), ids(e.mitigationItemIds), e.closedAt, e.version,
                e.createdAt, e.updatedAt);
    }

    static Risk fromRow(Row r) {
        String response = r.getString("response");
        return new Risk(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"),
                r.getUUID("portfolio_id"), r.getString("title"),
                r.getString("description"), r.getString("category"), r.getInteger("probability"),
                r.getInteger("impact"), r.getUUID("owner_id"), r.getLocalDate("proximity_date"),
                response == null ? null : RiskResponse.valueOf(response), r.getString("mitigation_plan"),
                RiskStatus.valueOf(r.getString("status")), ids(r.getString("items")), Rows.instant(r, "closed_at"),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    private static List<UUID> ids(String json) {
        return json == null ? List.of() : Json.stringList(json).stream().map(UUID::fromString).toList();
    }
}

package io.worklane.persistence.statusreport;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.statusreport.Health;
import io.worklane.domain.statusreport.ReportStatus;
import io.worklane.domain.statusreport.StatusReport;
import io.worklane.domain.statusreport.StatusReports;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StatusReportsRepository implements StatusReports {
    private static final String SELECT = "SELECT id, workspace_id, project_id, period_start, as_of, status,"
            + " suggested_health, reasons::text AS reasons, health, summary, highlights, next_steps,"
            + " figures::text AS figures, budget_visible_to_members, published_at, published_by, version, created_at,"
            + " updated_at FROM status_reports";
    private final Sql sql;

    public StatusReportsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<StatusReport>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                StatusReportsRepository::fromRow);
    }

    @Override
    public Uni<Page<StatusReport>> ofProject(UUID workspaceId, UUID projectId, ReportStatus status, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId).where("project_id = ?", projectId)
                .whereIf(status != null, "status = ?", status == null ? null : status.name());
        if (page.after() != null) {
            p.where(Keyset.after("created_at", "id", true, p.add(Keyset.timestamp(page.after())),
                    p.add(page.after().id())));
        }
        return sql.list(SELECT + p.clause() + " ORDER BY created_at DESC, id DESC LIMIT " + (page.limit() + 1),
                        p.tuple(), StatusReportsRepository::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "-createdAt", r -> Keyset.timestampValue(r.createdAt()),
                        StatusReport::id));
    }

    @Override
    public Uni<Optional<StatusReport>> latestPublished(UUID workspaceId, UUID projectId) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND project_id = $2 AND status = 'PUBLISHED'"
                        + " ORDER BY as_of DESC, published_at DESC LIMIT 1", Tuple.of(workspaceId, projectId),
                StatusReportsRepository::fromRow);
    }

    @Override
    public Uni<java.util.Map<UUID, List<StatusReport>>> published(UUID workspaceId,
                                                                 java.util.Collection<UUID> projectIds, int limit) {
        String query = "SELECT * FROM (" + SELECT.replace(" FROM status_reports", ", row_number() OVER (PARTITION BY"
                + " project_id ORDER BY as_of DESC, published_at DESC) AS rn FROM status_reports")
                + " WHERE workspace_id = $1 AND project_id = ANY($2) AND status = 'PUBLISHED') latest WHERE rn <= "
                + limit + " ORDER BY project_id, as_of, published_at";
        return sql.list(query, Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)),
                StatusReportsRepository::fromRow).map(rows -> {
                    java.util.Map<UUID, List<StatusReport>> out = new java.util.LinkedHashMap<>();
                    projectIds.forEach(id -> out.put(id, new java.util.ArrayList<>()));
                    rows.forEach(r -> out.computeIfAbsent(r.projectId(), k -> new java.util.ArrayList<>()).add(r));
                    return out;
                });
    }

    @Override
    public Uni<java.util.Map<UUID, StatusReport>> latestPublished(UUID workspaceId,
                                                                  java.util.Collection<UUID> projectIds) {
        return sql.list("SELECT DISTINCT ON (project_id) " + SELECT.substring("SELECT ".length())
                        + " WHERE workspace_id = $1 AND project_id = ANY($2) AND status = 'PUBLISHED'"
                        + " ORDER BY project_id, as_of DESC, published_at DESC",
                Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)), StatusReportsRepository::fromRow)
                .map(rows -> {
                    java.util.Map<UUID, StatusReport> out = new java.util.LinkedHashMap<>();
                    rows.forEach(r -> out.put(r.projectId(), r));
                    return out;
                });
    }

    @Override
    public Uni<List<StatusReport>> published(UUID workspaceId, UUID projectId, int limit) {
        return sql.list("SELECT * FROM (" + SELECT + " WHERE workspace_id = $1 AND project_id = $2"
                        + " AND status = 'PUBLISHED' ORDER BY as_of DESC, published_at DESC LIMIT " + limit + ") latest"
                        + " ORDER BY as_of, published_at", Tuple.of(workspaceId, projectId),
                StatusReportsRepository::fromRow);
    }

    @Override
    public Uni<java.util.Map<UUID, Page<StatusReport>>> pagesByProject(UUID workspaceId,
                                                                      java.util.Collection<UUID> projectIds,
                                                                      PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId)
                .where("project_id = ANY(?)", projectIds.toArray(UUID[]::new));
        if (page.after() != null) {
            p.where(Keyset.after("created_at", "id", true, p.add(Keyset.timestamp(page.after())),
                    p.add(page.after().id())));
        }
        String query = "SELECT * FROM (" + SELECT.replace(" FROM status_reports", ", row_number() OVER (PARTITION BY"
                + " project_id ORDER BY created_at DESC, id DESC) AS rn FROM status_reports") + p.clause()
                + ") ranked WHERE rn <= " + (page.limit() + 1) + " ORDER BY project_id, rn";
        return sql.list(query, p.tuple(), StatusReportsRepository::fromRow).map(rows -> {
            java.util.Map<UUID, List<StatusReport>> grouped = new java.util.LinkedHashMap<>();
            projectIds.forEach(id -> grouped.put(id, new java.util.ArrayList<>()));
            rows.forEach(r -> grouped.computeIfAbsent(r.projectId(), id -> new java.util.ArrayList<>()).add(r));
            java.util.Map<UUID, Page<StatusReport>> pages = new java.util.LinkedHashMap<>();
            grouped.forEach((id, list) -> pages.put(id, Keyset.page(list, page.limit(), "-createdAt",
                    r -> Keyset.timestampValue(r.createdAt()), StatusReport::id)));
            return pages;
        });
    }

    @Override
    public Uni<StatusReport> insert(StatusReport report) {
        return Writes.persist(copy(report, new StatusReportEntity()), "Status report " + report.id())
                .map(StatusReportsRepository::fromEntity);
    }

    @Override
    public Uni<StatusReport> update(StatusReport changed) {
        return Writes.update(StatusReportEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Status report " + changed.id(), () -> DomainException.notFound(ErrorCode.STATUS_REPORT_NOT_FOUND,
                        "Status report", changed.id().toString()), e -> copy(changed, e))
                .map(StatusReportsRepository::fromEntity);
    }

    private static StatusReportEntity copy(StatusReport r, StatusReportEntity e) {
        e.id = r.id();
        e.workspaceId = r.workspaceId();
        e.projectId = r.projectId();
        e.periodStart = r.periodStart();
        e.asOf = r.asOf();
        e.status = r.status().name();
        e.suggestedHealth = r.suggestedHealth().name();
        e.reasons = Json.write(r.reasons());
        e.health = r.health().name();
        e.summary = r.summary();
        e.highlights = r.highlights();
        e.nextSteps = r.nextSteps();
        e.figures = Json.write(r.figures());
        e.budgetVisibleToMembers = r.budgetVisibleToMembers();
        e.publishedAt = r.publishedAt();
        e.publishedBy = r.publishedBy();
        e.createdAt = r.createdAt();
        e.updatedAt = r.updatedAt();
        return e;
    }

    private static StatusReport fromEntity(StatusReportEntity e) {
        return new StatusReport(e.id, e.workspaceId, e.projectId, e.periodStart, e.asOf, ReportStatus.valueOf(e.status),
                Health.valueOf(e.suggestedHealth), Json.stringList(e.reasons), Health.valueOf(e.health), e.summary,
                e.highlights, e.nextSteps, Json.map(e.figures), e.budgetVisibleToMembers, e.publishedAt, e.publishedBy,
                e.version, e.createdAt, e.updatedAt);
    }

    private static StatusReport fromRow(Row r) {
        return new StatusReport(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"),
                r.getLocalDate("period_start"), r.getLocalDate("as_of"), ReportStatus.valueOf(r.getString("status")),
                Health.valueOf(r.getString("suggested_health")), Json.stringList(r.getString("reasons")),
                Health.valueOf(r.getString("health")), r.getString("summary"), r.getString("highlights"),
                r.getString("next_steps"), Json.map(r.getString("figures")), r.getBoolean("budget_visible_to_members"),
                Rows.instant(r, "published_at"), r.getString("published_by"), r.getLong("version"),
                Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }
}

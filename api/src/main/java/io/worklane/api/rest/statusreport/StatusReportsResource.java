package io.worklane.api.rest.statusreport;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.portfolio.PortfolioReports;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.statusreport.StatusReportPatch;
import io.worklane.api.application.statusreport.StatusReportService;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.statusreport.Health;
import io.worklane.domain.statusreport.ReportStatus;
import io.worklane.domain.statusreport.StatusReport;
import io.worklane.openapi.api.StatusReportsApi;
import io.worklane.openapi.model.HealthTrend;
import io.worklane.openapi.model.HealthTrendPoint;
import io.worklane.openapi.model.PortfolioReportLine;
import io.worklane.openapi.model.PortfolioStatusReport;
import io.worklane.openapi.model.ProjectHealth;
import io.worklane.openapi.model.StatusReportList;
import io.worklane.openapi.model.StatusReportStatus;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** A project's status reports over REST: translation only. */
@Authenticated
public class StatusReportsResource implements StatusReportsApi {
    private static final Set<String> PATCHABLE = Set.of("summary", "highlights", "nextSteps", "health");
    private final StatusReportService reports;
    private final PortfolioReports portfolios;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public StatusReportsResource(StatusReportService reports, PortfolioReports portfolios, CurrentCaller caller,
                                 RestResponses responses) {
        this.portfolios = portfolios;
        this.reports = reports;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> draftStatusReport(String ws, String project, LocalDate asOf, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project
                        + "/status-reports/draft?asOf=" + asOf, Map.of(), () -> reports.draft(c, ws, project, asOf),
                StatusReportsResource::dto, r -> "/api/v1/workspaces/" + r.workspaceId() + "/projects/" + r.projectId()
                        + "/status-reports/" + r.id());
    }

    @Override
    public CompletionStage<Response> listStatusReports(String ws, String project, StatusReportStatus status,
                                                       Integer limit, String cursor) {
        return responses.list(reports.list(caller.get(), ws, project, status == null ? null
                        : ReportStatus.valueOf(status.name()), Pages.of(limit, cursor, "-createdAt")),
                page -> new StatusReportList().items(page.items().stream().map(StatusReportsResource::dto).toList())
                        .nextCursor(page.nextCursor()));
    }

    @Override
    public CompletionStage<Response> getHealthTrend(String ws, String project) {
        return responses.list(reports.trend(caller.get(), ws, project), StatusReportsResource::trend);
    }

    @Override
    public CompletionStage<Response> getStatusReport(String ws, String project, String reportId) {
        return responses.ok(reports.get(caller.get(), ws, project, reportId), StatusReportsResource::dto,
                StatusReport::version);
    }

    @Override
    public CompletionStage<Response> updateStatusReport(String ws, String project, String reportId, Map body,
                                                        String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        var patch = new StatusReportPatch(p.text("summary"), p.text("highlights"), p.text("nextSteps"),
                p.enumValue("health", Health.class));
        p.check();
        return responses.ok(reports.update(caller.get(), ws, project, reportId, Versions.ifMatch(ifMatch), patch),
                StatusReportsResource::dto, StatusReport::version);
    }

    @Override
    public CompletionStage<Response> publishStatusReport(String ws, String project, String reportId, String ifMatch,
                                                         String idempotencyKey) {
        Caller c = caller.get();
        return responses.acted(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project
                        + "/status-reports/" + reportId + "/publish", Map.of(),
                () -> reports.publish(c, ws, project, reportId, Versions.ifMatch(ifMatch)), StatusReportsResource::dto);
    }

    @Override
    public CompletionStage<Response> getPortfolioStatusReport(String ws, String portfolioId) {
        return responses.list(portfolios.latest(caller.get(), ws, portfolioId), StatusReportsResource::portfolio);
    }

    private static PortfolioStatusReport portfolio(PortfolioReports.Gathered g) {
        return new PortfolioStatusReport().portfolioId(g.portfolio().id()).healthCounts(g.healthCounts())
                .projects(g.lines().stream().map(l -> new PortfolioReportLine().projectId(l.project().id())
                        .key(l.project().key()).name(l.project().name()).portfolioId(l.portfolioId()).rank(l.rank())
                        .report(l.report() == null ? null : dto(l.report()))).toList());
    }

    static io.worklane.openapi.model.StatusReport dto(StatusReport r) {
        return new io.worklane.openapi.model.StatusReport().id(r.id()).projectId(r.projectId())
                .periodStart(r.periodStart()).asOf(r.asOf()).status(StatusReportStatus.fromValue(r.status().name()))
                .suggestedHealth(health(r.suggestedHealth())).reasons(r.reasons()).health(health(r.health()))
                .summary(r.summary()).highlights(r.highlights()).nextSteps(r.nextSteps())
                .figures(new LinkedHashMap<>(r.figures())).publishedAt(time(r.publishedAt()))
                .publishedBy(r.publishedBy()).createdAt(time(r.createdAt())).updatedAt(time(r.updatedAt()))
                .version(r.version());
    }

    private static HealthTrend trend(List<StatusReport> published) {
        return new HealthTrend().items(published.stream().map(r -> new HealthTrendPoint().reportId(r.id())
                .periodStart(r.periodStart()).asOf(r.asOf()).health(health(r.health()))
                .suggestedHealth(health(r.suggestedHealth())).publishedAt(time(r.publishedAt()))).toList());
    }

    private static ProjectHealth health(Health h) {
        return ProjectHealth.fromValue(h.name());
    }

    private static OffsetDateTime time(java.time.Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}

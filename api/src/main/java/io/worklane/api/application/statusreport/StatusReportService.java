package io.worklane.api.application.statusreport;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.budget.CostAccess;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.statusreport.HealthPolicy;
import io.worklane.domain.statusreport.ReportStatus;
import io.worklane.domain.statusreport.StatusReport;
import io.worklane.domain.statusreport.StatusReports;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's status reports: drafted from the data, edited, published (final, {@code status_report.published}),
 * read with {@code projects:read}, written with {@code projects:write}. The budget section is shown only to
 * those who may see the project's costs (as for budgets and baselines).
 */
@ApplicationScoped
public class StatusReportService {
    public static final int TREND_LIMIT = 52;
    private final StatusReports reports;
    private final ReportDrafting drafting;
    private final Projects projects;
    private final Access access;
    private final Events events;
    private final Now now;
    private final ProjectAccess projectAccess;

    public StatusReportService(StatusReports reports, ReportDrafting drafting, Projects projects, Access access,
                               Events events, Now now, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.reports = reports;
        this.drafting = drafting;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    /** A new draft for the period ending {@code asOf} (default today, UTC). */
    @WithTransaction
    public Uni<StatusReport> draft(Caller caller, String wsRef, String projectRef, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.ofInstant(now.instant(), ZoneOffset.UTC);
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE)
                .chain(p -> drafting.gather(p, day).map(in -> {
                    ReportFigures.Drafted d = ReportFigures.of(in);
                    return StatusReport.draft(p.workspaceId(), p.id(), in.periodStart(), day,
                            HealthPolicy.suggest(d.signals()), d.figures(),
                            in.budget() != null && in.budget().visibleToMembers(), now.instant());
                }))
                .chain(reports::insert)
                .call(r -> events.record("status_report.drafted", r.workspaceId(), r.id(), caller, r.createdAt(),
                        StatusReportData.summary(r), null))
                .chain(r -> shown(caller, r));
    }

    public Uni<StatusReport> get(Caller caller, String wsRef, String projectRef, String id) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ).chain(p -> find(p, id))
                .chain(r -> shown(caller, r));
    }

    public Uni<Page<StatusReport>> list(Caller caller, String wsRef, String projectRef, ReportStatus status,
                                        PageRequest page) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ)
                .chain(p -> reports.ofProject(p.workspaceId(), p.id(), status, page)
                        .map(found -> found.map(r -> forReader(caller, p, r))));
    }

    /** GraphQL's Project.statusReports: a page per project, in one statement. */
    /** GraphQL's Project.healthTrend: each project's trend (as {@link #trend}) in one statement. */
    public Uni<java.util.Map<UUID, List<StatusReport>>> trends(Caller caller, UUID workspaceId,
                                                               java.util.Collection<UUID> projectIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return reports.published(workspaceId, projectIds, TREND_LIMIT);
    }

    public Uni<java.util.Map<UUID, Page<StatusReport>>> pages(Caller caller, UUID workspaceId,
                                                             java.util.Collection<Project> shown, PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        var byId = shown.stream().collect(java.util.stream.Collectors.toMap(Project::id, p -> p, (a, b) -> a));
        return reports.pagesByProject(workspaceId, byId.keySet(), page).map(pages -> {
            java.util.Map<UUID, Page<StatusReport>> out = new java.util.HashMap<>();
            pages.forEach((id, p) -> out.put(id, p.map(r -> forReader(caller, byId.get(id), r))));
            return out;
        });
    }

    /** The health of the latest published reports, oldest first. */
    public Uni<List<StatusReport>> trend(Caller caller, String wsRef, String projectRef) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ)
                .chain(p -> reports.published(p.workspaceId(), p.id(), TREND_LIMIT));
    }

    @WithTransaction
    public Uni<StatusReport> update(Caller caller, String wsRef, String projectRef, String id, Long expected,
                                    StatusReportPatch patch) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE).chain(p -> find(p, id))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Status report " + current.id()))
                .chain(current -> reports.update(current.edit(patch.summary().or(current.summary()),
                        patch.highlights().or(current.highlights()), patch.nextSteps().or(current.nextSteps()),
                        patch.health().or(current.health()), now.instant())))
                .call(r -> events.record("status_report.updated", r.workspaceId(), r.id(), caller, r.updatedAt(),
                        StatusReportData.summary(r), null))
                .chain(r -> shown(caller, r));
    }

    /** Final from now on: {@code status_report.published}, which stakeholders' systems get through webhooks. */
    @WithTransaction
    public Uni<StatusReport> publish(Caller caller, String wsRef, String projectRef, String id, Long expected) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE).chain(p -> find(p, id))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Status report " + current.id()))
                .chain(current -> reports.update(current.publish(caller.name(), now.instant())))
                .call(r -> events.record("status_report.published", r.workspaceId(), r.id(), caller, r.publishedAt(),
                        StatusReportData.published(r), null))
                .chain(r -> shown(caller, r));
    }

    private Uni<StatusReport> shown(Caller caller, StatusReport r) {
        return projects.byIds(r.workspaceId(), List.of(r.projectId()))
                .map(found -> found.isEmpty() ? r : forReader(caller, found.get(0), r));
    }

    public static StatusReport forReader(Caller caller, Project p, StatusReport r) {
        boolean costs = caller.holds(p.workspaceId(), Scope.BUDGETS_READ)
                && CostAccess.maySee(caller, p.workspaceId(), p, r.budgetVisibleToMembers());
        return costs ? r : r.withoutBudget();
    }

    private Uni<StatusReport> find(Project project, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<StatusReport>empty()) : reports.find(project.workspaceId(), id))
                .map(found -> found.filter(r -> r.projectId().equals(project.id())).orElseThrow(() ->
                        DomainException.notFound(ErrorCode.STATUS_REPORT_NOT_FOUND, "Status report of " + project.key(),
                                ref)));
    }

    private Uni<Project> project(Caller caller, String wsRef, String projectRef, Scope scope) {
        // changing them is managing the project: projects:write, or the project's MANAGER (ADR 0084)
        return projectAccess.loadFor(access, caller, wsRef, projectRef, scope);
    }
}

package io.worklane.api.application.statusreport;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.budget.BudgetService;
import io.worklane.api.application.budget.BudgetSummaries;
import io.worklane.api.application.planning.ScheduleReads;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.Baselines;
import io.worklane.domain.project.Project;
import io.worklane.domain.risk.Risks;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.statusreport.StatusReport;
import io.worklane.domain.statusreport.StatusReports;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers what a draft needs, one read per step (each a statement or two; the schedule's network is the
 * planning code's own read), then {@link ReportFigures} computes it. No figure is computed twice: schedule
 * and milestones come from ProjectScheduler and MilestoneReport, earned value and thresholds from the
 * budget summary (docs/earned-value.md).
 */
@ApplicationScoped
public class ReportDrafting {
    private final StatusReports reports;
    private final ScheduleReads schedules;
    private final ItemStates states;
    private final ProjectProgress progress;
    private final Baselines baselines;
    private final Budgets budgets;
    private final BudgetSummaries summaries;
    private final Risks risks;

    public ReportDrafting(StatusReports reports, ScheduleReads schedules, ItemStates states, ProjectProgress progress,
                          Baselines baselines, Budgets budgets, BudgetSummaries summaries, Risks risks) {
        this.reports = reports;
        this.schedules = schedules;
        this.states = states;
        this.progress = progress;
        this.baselines = baselines;
        this.budgets = budgets;
        this.summaries = summaries;
        this.risks = risks;
    }

    Uni<ReportInputs> gather(Project project, LocalDate asOf) {
        return period(project, asOf)
                .chain(in -> schedules.of(project).map(n -> in.withNetwork(n, n.scheduler().schedule(n.input()))))
                .chain(in -> states.of(project.workspaceId(), in.network().input().items()).map(in::withCategories))
                .chain(in -> progress.estimates(project.workspaceId(), project.id(), asOf).map(in::withEstimates))
                .chain(in -> baselines.ofProjects(project.workspaceId(), List.of(project.id())).map(all -> all.stream()
                        .max(Comparator.comparing(Baseline::createdAt)).orElse(null)).map(in::withBaseline))
                .chain(in -> budget(project, asOf, in))
                .chain(in -> risks.allOfProject(project.workspaceId(), project.id()).map(in::withRisks));
    }

    /** From the day after the latest published report's end (else the project's start) to asOf. */
    private Uni<ReportInputs> period(Project project, LocalDate asOf) {
        return reports.latestPublished(project.workspaceId(), project.id()).map(previous -> {
            LocalDate start = previous.map(p -> p.asOf().plusDays(1)).orElse(project.startDate() != null
                    ? project.startDate() : LocalDate.ofInstant(project.createdAt(), ZoneOffset.UTC));
            return new ReportInputs(project, start.isAfter(asOf) ? asOf : start, asOf, null, null, null, null, null,
                    null, null, null, List.of());
        });
    }

    /** The budget and its summary; a cost that cannot be converted leaves the section out, saying why. */
    private Uni<ReportInputs> budget(Project project, LocalDate asOf, ReportInputs in) {
        return budgets.ofProject(project.workspaceId(), project.id()).chain(found -> found.isEmpty()
                ? Uni.createFrom().item(in)
                : summaries.of(new BudgetService.Shown(found.get(), project), asOf)
                        .map(s -> in.withBudget(found.get(), s, null))
                        .onFailure(DomainException.class).recoverWithItem(e -> in.withBudget(found.get(), null,
                                e.getMessage())));
    }

    Uni<java.util.Optional<StatusReport>> latestPublished(Project project) {
        return reports.latestPublished(project.workspaceId(), project.id());
    }
}

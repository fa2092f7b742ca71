package io.worklane.api.application.portfolio;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.budget.ExchangeRateTable;
import io.worklane.domain.budget.ExchangeRates;
import io.worklane.domain.budget.Expenses;
import io.worklane.domain.budget.LabourCosts;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.Baselines;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.portfolio.ExpectedBenefits;
import io.worklane.domain.portfolio.rollup.PortfolioRollup;
import io.worklane.domain.portfolio.rollup.RollupReads;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Allocations;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Holidays;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what a roll-up needs for all of its projects at once, in four steps (facts, the dependency network,
 * money, allocated work): each read is one statement whatever the number of projects.
 */
@ApplicationScoped
public class RollupGathering {
    private final Projects projects;
    private final RollupReads reads;
    private final ProjectProgress progress;
    private final ExpectedBenefits benefits;
    private final Baselines baselines;
    private final WorkItems workItems;
    private final Dependencies dependencies;
    private final Holidays holidays;
    private final Budgets budgets;
    private final Expenses expenses;
    private final LabourCosts labour;
    private final ExchangeRates rates;
    private final Allocations allocations;
    private final Resources resources;

    public RollupGathering(Projects projects, RollupReads reads, ProjectProgress progress, ExpectedBenefits benefits,
                           Baselines baselines, WorkItems workItems, Dependencies dependencies, Holidays holidays,
                           Budgets budgets, Expenses expenses, LabourCosts labour, ExchangeRates rates,
                           Allocations allocations, Resources resources) {
        this.projects = projects;
        this.reads = reads;
        this.progress = progress;
        this.benefits = benefits;
        this.baselines = baselines;
        this.workItems = workItems;
        this.dependencies = dependencies;
        this.holidays = holidays;
        this.budgets = budgets;
        this.expenses = expenses;
        this.labour = labour;
        this.rates = rates;
        this.allocations = allocations;
        this.resources = resources;
    }

    Uni<RollupInputs> gather(RollupInputs in) {
        UUID ws = in.portfolio().workspaceId();
        List<UUID> ids = in.projectIds();
        return projects.byIds(ws, ids).map(found -> in.withProjects(found.stream()
                        .collect(Collectors.toMap(Project::id, p -> p))))
                .chain(with -> Uni.combine().all().unis(reads.latestStatus(ws, ids), progress.estimates(ws, ids,
                                with.asOf()), reads.openRisks(ws, ids), benefits.ofProjects(ws, ids),
                        baselines.ofProjects(ws, ids)).asTuple()
                        .map(t -> with.withFacts(t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4(),
                                latestBaselines(t.getItem5()))))
                .chain(this::network)
                .chain(this::money)
                .chain(this::work);
    }

    private Uni<RollupInputs> network(RollupInputs in) {
        UUID ws = in.portfolio().workspaceId();
        return Uni.combine().all().unis(workItems.ofProjects(ws, in.projectIds()),
                        dependencies.ofProjects(ws, in.projectIds()), holidays.between(ws, null, null)).asTuple()
                .chain(t -> {
                    Set<UUID> loaded = t.getItem1().stream().map(WorkItem::id).collect(Collectors.toSet());
                    Set<UUID> far = t.getItem2().stream().flatMap(d -> Stream.of(d.predecessorId(), d.successorId()))
                            .filter(id -> !loaded.contains(id)).collect(Collectors.toSet());
                    Uni<List<WorkItem>> outside = far.isEmpty() ? Uni.createFrom().item(List.of())
                            : workItems.byIds(ws, far);
                    return outside.map(o -> in.withNetwork(new RollupInputs.Network(t.getItem1(), t.getItem2(), o,
                            t.getItem3().stream().map(Holiday::day).toList())));
                });
    }

    /** Budgets always (to know which exist); their costs only when some exist; rates when anything converts. */
    private Uni<RollupInputs> money(RollupInputs in) {
        UUID ws = in.portfolio().workspaceId();
        boolean foreignBenefits = in.benefits().values().stream()
                .anyMatch(b -> !b.amount().currency().equals(in.portfolio().currency()));
        return budgets.ofProjects(ws, in.projectIds()).chain(found -> {
            Map<UUID, Budget> byProject = found.stream().collect(Collectors.toMap(Budget::projectId, b -> b));
            List<UUID> budgeted = List.copyOf(byProject.keySet());
            Uni<Map<UUID, List<ActualCost>>> spent = budgeted.isEmpty() ? Uni.createFrom().item(Map.of())
                    : expenses.costs(ws, budgeted);
            Uni<Map<UUID, List<ActualCost>>> worked = budgeted.isEmpty() ? Uni.createFrom().item(Map.of())
                    : labour.ofProjects(ws, budgeted, in.asOf());
            Uni<ExchangeRateTable> table = budgeted.isEmpty() && !foreignBenefits
                    ? Uni.createFrom().item(new ExchangeRateTable(List.of())) : rates.table(ws);
            return Uni.combine().all().unis(spent, worked, table).asTuple().map(t -> in.withMoney(
                    new RollupInputs.Money(byProject, t.getItem1(), t.getItem2(), t.getItem3())));
        });
    }

    private Uni<RollupInputs> work(RollupInputs in) {
        UUID ws = in.portfolio().workspaceId();
        Set<UUID> mine = Set.copyOf(in.projectIds());
        return allocations.overlapping(ws, null, in.asOf(), in.asOf().plusDays(PortfolioRollup.ALLOCATION_DAYS - 1))
                .map(all -> all.stream().filter(a -> mine.contains(a.projectId())).toList())
                .chain(mineOnly -> {
                    Set<UUID> ids = mineOnly.stream().map(Allocation::resourceId).collect(Collectors.toSet());
                    return (ids.isEmpty() ? Uni.createFrom().item(List.<Resource>of())
                            : resources.byIds(ws, ids)).map(r -> in.withWork(new RollupInputs.Work(mineOnly, r)));
                });
    }

    private static Map<UUID, Baseline> latestBaselines(List<Baseline> all) {
        Map<UUID, Baseline> out = new HashMap<>();
        all.stream().sorted(Comparator.comparing(Baseline::createdAt)).forEach(b -> out.put(b.projectId(), b));
        return out;
    }
}

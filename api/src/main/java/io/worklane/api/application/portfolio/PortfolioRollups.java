package io.worklane.api.application.portfolio;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.ExchangeRateTable;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.budget.ExchangeRates;
import io.worklane.domain.budget.Expenses;
import io.worklane.domain.budget.LabourCosts;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.Baselines;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.portfolio.ExpectedBenefits;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.portfolio.Portfolios;
import io.worklane.domain.portfolio.rollup.PortfolioRollup;
import io.worklane.domain.portfolio.rollup.RollupReads;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Allocations;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Holidays;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A portfolio's roll-up (docs/portfolios.md): its projects and those of the portfolios nested under it, each
 * part read for all projects in one statement, so a roll-up costs the same statements for 2 projects or 200.
 * {@link RollupLines} then computes every figure with the planning and budget code's own classes.
 */
@ApplicationScoped
public class PortfolioRollups {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 1);
    private final PortfolioQueries queries;
    private final Portfolios portfolios;
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
    private final RollupLines lines;
    private final Now now;

    public PortfolioRollups(PortfolioQueries queries, Portfolios portfolios, Projects projects, RollupReads reads,
                            ProjectProgress progress, ExpectedBenefits benefits, Baselines baselines,
                            WorkItems workItems, Dependencies dependencies, Holidays holidays, Budgets budgets,
                            Expenses expenses, LabourCosts labour, ExchangeRates rates, Allocations allocations,
                            Resources resources, RollupLines lines, Now now) {
        this.queries = queries;
        this.portfolios = portfolios;
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
        this.lines = lines;
        this.now = now;
    }

    /** {@code asOf} null: today (UTC). Needs projects:read; the budget parts need budgets:read and cost visibility. */
    public Uni<PortfolioRollup> rollup(Caller caller, String wsRef, String portfolioRef, LocalDate asOf) {
        return queries.get(caller, wsRef, portfolioRef).chain(p -> of(caller, p, asOf));
    }

    /** For a portfolio already shown to the caller (GraphQL's Portfolio.rollup). */
    public Uni<PortfolioRollup> of(Caller caller, Portfolio portfolio, LocalDate asOf) {
        LocalDate today = LocalDate.ofInstant(now.instant(), ZoneOffset.UTC);
        LocalDate day = asOf != null ? asOf : today;
        // the four weeks of allocations and the date arithmetic need a calendar date, not an edge of LocalDate
        new Validation().require(!day.isBefore(EARLIEST) && !day.isAfter(LATEST), "asOf", "OUT_OF_RANGE",
                "must be from " + EARLIEST + " to " + LATEST + ", not " + day).orThrow();
        UUID ws = portfolio.workspaceId();
        return portfolios.selfAndDescendants(ws, portfolio.id())
                .map(tree -> RollupInputs.of(portfolio, day, today, members(tree)))
                .chain(in -> in.members().isEmpty() ? Uni.createFrom().item(in) : gather(in))
                .map(in -> PortfolioRollup.of(portfolio.id(), portfolio.currency(), day, lines.of(caller, in)));
    }

    private Uni<RollupInputs> gather(RollupInputs in) {
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
                    return (ids.isEmpty() ? Uni.createFrom().item(List.<io.worklane.domain.resource.Resource>of())
                            : resources.byIds(ws, ids)).map(r -> in.withWork(new RollupInputs.Work(mineOnly, r)));
                });
    }

    /** The portfolio's own projects by rank, then each descendant's; a project counts once, where first met. */
    static List<RollupInputs.Member> members(List<Portfolio> tree) {
        Map<UUID, RollupInputs.Member> out = new LinkedHashMap<>();
        for (Portfolio p : tree) {
            for (int i = 0; i < p.projectIds().size(); i++) {
                out.putIfAbsent(p.projectIds().get(i), new RollupInputs.Member(p.projectIds().get(i), p.id(), i + 1));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Map<UUID, Baseline> latestBaselines(List<Baseline> all) {
        Map<UUID, Baseline> out = new HashMap<>();
        all.stream().sorted(Comparator.comparing(Baseline::createdAt)).forEach(b -> out.put(b.projectId(), b));
        return out;
    }
}

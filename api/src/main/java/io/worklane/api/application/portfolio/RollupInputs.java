package io.worklane.api.application.portfolio;

import io.worklane.domain.budget.ActualCost;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.ExchangeRateTable;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.portfolio.ExpectedBenefit;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.project.Project;
import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a roll-up is computed from, for all its projects at once: each part read in one statement
 * (or none when there is nothing to read), so the count does not grow with the number of projects.
 */
record RollupInputs(Portfolio portfolio, LocalDate asOf, LocalDate today, List<Member> members,
                    Map<UUID, Project> projects, Map<UUID, ProjectRollup.Status> status,
                    Map<UUID, ProjectProgress.Estimates> estimates, Network network, Map<UUID, Baseline> baselines,
                    Money money, Map<UUID, ProjectRollup.RiskFigures> risks, Work work,
                    Map<UUID, ExpectedBenefit> benefits) {

    /** A project of the roll-up: the portfolio it is ranked in (the asked one or a descendant) and its rank. */
    record Member(UUID projectId, UUID portfolioId, int rank) {
    }

    /** The items and dependencies of all the projects, the items at their far ends, and the holidays. */
    record Network(List<WorkItem> items, List<Dependency> dependencies, List<WorkItem> outside,
                   List<LocalDate> holidays) {
    }

    /** Budgets by project, their costs by project, the workspace's exchange rates. */
    record Money(Map<UUID, Budget> budgets, Map<UUID, List<ActualCost>> expenses,
                 Map<UUID, List<ActualCost>> labour, ExchangeRateTable rates) {
    }

    /** The allocations overlapping the four weeks from asOf, and their resources. */
    record Work(List<Allocation> allocations, List<Resource> resources) {
    }

    static RollupInputs of(Portfolio portfolio, LocalDate asOf, LocalDate today, List<Member> members) {
        return new RollupInputs(portfolio, asOf, today, members, Map.of(), Map.of(), Map.of(), null, Map.of(), null,
                Map.of(), null, Map.of());
    }

    List<UUID> projectIds() {
        return members.stream().map(Member::projectId).toList();
    }

    RollupInputs withProjects(Map<UUID, Project> p) {
        return new RollupInputs(portfolio, asOf, today, members, p, status, estimates, network, baselines, money, risks,
                work, benefits);
    }

    RollupInputs withFacts(Map<UUID, ProjectRollup.Status> s, Map<UUID, ProjectProgress.Estimates> e,
                           Map<UUID, ProjectRollup.RiskFigures> r, Map<UUID, ExpectedBenefit> b,
                           Map<UUID, Baseline> bl) {
        return new RollupInputs(portfolio, asOf, today, members, projects, s, e, network, bl, money, r, work, b);
    }

    RollupInputs withNetwork(Network n) {
        return new RollupInputs(portfolio, asOf, today, members, projects, status, estimates, n, baselines, money,
                risks, work, benefits);
    }

    RollupInputs withMoney(Money m) {
        return new RollupInputs(portfolio, asOf, today, members, projects, status, estimates, network, baselines, m,
                risks, work, benefits);
    }

    RollupInputs withWork(Work w) {
        return new RollupInputs(portfolio, asOf, today, members, projects, status, estimates, network, baselines,
                money, risks, w, benefits);
    }
}

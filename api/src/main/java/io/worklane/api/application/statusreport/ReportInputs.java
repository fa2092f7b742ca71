package io.worklane.api.application.statusreport;

import io.worklane.api.application.planning.ScheduleReads;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.BudgetSummary;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.ProjectSchedule;
import io.worklane.domain.project.Project;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.workflow.StateCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a draft is computed from, gathered step by step: the period, the project's network and
 * schedule, its items' state categories, estimates, the latest baseline, the budget and its summary
 * (null without a budget, or when its costs cannot be converted: {@code budgetProblem} says why), risks.
 */
record ReportInputs(Project project, LocalDate periodStart, LocalDate asOf, ScheduleReads.Network network,
                    ProjectSchedule schedule, Map<UUID, StateCategory> categories, ProjectProgress.Estimates estimates,
                    Baseline baseline, Budget budget, BudgetSummary budgetSummary, String budgetProblem,
                    List<Risk> risks) {

    ReportInputs withNetwork(ScheduleReads.Network n, ProjectSchedule s) {
        return new ReportInputs(project, periodStart, asOf, n, s, categories, estimates, baseline, budget,
                budgetSummary, budgetProblem, risks);
    }

    ReportInputs withCategories(Map<UUID, StateCategory> c) {
        return new ReportInputs(project, periodStart, asOf, network, schedule, c, estimates, baseline, budget,
                budgetSummary, budgetProblem, risks);
    }

    ReportInputs withEstimates(ProjectProgress.Estimates e) {
        return new ReportInputs(project, periodStart, asOf, network, schedule, categories, e, baseline, budget,
                budgetSummary, budgetProblem, risks);
    }

    ReportInputs withBaseline(Baseline b) {
        return new ReportInputs(project, periodStart, asOf, network, schedule, categories, estimates, b, budget,
                budgetSummary, budgetProblem, risks);
    }

    ReportInputs withBudget(Budget b, BudgetSummary s, String problem) {
        return new ReportInputs(project, periodStart, asOf, network, schedule, categories, estimates, baseline, b, s,
                problem, risks);
    }

    ReportInputs withRisks(List<Risk> r) {
        return new ReportInputs(project, periodStart, asOf, network, schedule, categories, estimates, baseline, budget,
                budgetSummary, budgetProblem, r);
    }
}

package io.worklane.api.rest.portfolio;

import io.worklane.domain.portfolio.rollup.Cost;
import io.worklane.domain.portfolio.rollup.PortfolioRollup;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.portfolio.rollup.RollupTotals;
import io.worklane.domain.shared.Money;
import io.worklane.openapi.model.ProjectHealth;
import io.worklane.openapi.model.RollupBudget;
import io.worklane.openapi.model.RollupProgress;
import io.worklane.openapi.model.RollupRisks;
import io.worklane.openapi.model.RollupSchedule;
import io.worklane.openapi.model.RollupStatus;
import io.worklane.openapi.model.RollupTotal;
import java.math.BigDecimal;

/** A roll-up as the REST contract shows it: amounts and ratios as decimal strings. */
final class RollupDtos {
    private RollupDtos() {
    }

    static io.worklane.openapi.model.PortfolioRollup rollup(PortfolioRollup r) {
        return new io.worklane.openapi.model.PortfolioRollup().portfolioId(r.portfolioId()).currency(r.currency())
                .asOf(r.asOf()).allocationFrom(r.allocationFrom()).allocationTo(r.allocationTo())
                .projects(r.projects().stream().map(RollupDtos::line).toList())
                .portfolioRisks(risks(r.portfolioRisks())).total(total(r.total()));
    }

    private static io.worklane.openapi.model.ProjectRollup line(ProjectRollup l) {
        ProjectRollup.Schedule s = l.schedule();
        return new io.worklane.openapi.model.ProjectRollup().projectId(l.projectId()).key(l.key()).name(l.name())
                .portfolioId(l.portfolioId()).rank(l.rank()).status(status(l.status())).progress(progress(l.progress()))
                .schedule(new RollupSchedule().forecastFinish(s.forecastFinish()).targetDate(s.targetDate())
                        .finishVarianceDays(s.finishVarianceDays()).baselineFinish(s.baselineFinish())
                        .baselineVarianceDays(s.baselineVarianceDays()).lateMilestones(s.lateMilestones())
                        .spi(text(s.spi())))
                .budget(budget(l.budget())).budgetProblem(l.budgetProblem()).risks(risks(l.risks()))
                .allocatedHours(l.allocatedHours().toPlainString()).expectedBenefits(money(l.expectedBenefits()))
                .roi(text(l.roi()));
    }

    private static RollupTotal total(RollupTotals t) {
        return new RollupTotal().projects(t.projects()).healthCounts(t.healthCounts())
                .worstHealth(t.worstHealth() == null ? null : ProjectHealth.fromValue(t.worstHealth().name()))
                .progress(progress(t.progress())).latestForecastFinish(t.latestForecastFinish())
                .lateMilestones(t.lateMilestones()).spi(text(t.spi())).budget(budget(t.budget()))
                .budgetsLeftOut(t.budgetsLeftOut()).risks(risks(t.risks()))
                .allocatedHours(t.allocatedHours().toPlainString()).expectedBenefits(money(t.expectedBenefits()))
                .roi(text(t.roi()));
    }

    private static RollupStatus status(ProjectRollup.Status s) {
        return s == null ? null : new RollupStatus().reportId(s.reportId()).asOf(s.asOf())
                .health(ProjectHealth.fromValue(s.health().name()))
                .suggestedHealth(ProjectHealth.fromValue(s.suggestedHealth().name()));
    }

    private static RollupProgress progress(ProjectRollup.Progress p) {
        return new RollupProgress().doneEstimateMinutes(p.doneMinutes()).allEstimateMinutes(p.allMinutes())
                .percentComplete(text(p.percentComplete()));
    }

    private static RollupBudget budget(Cost c) {
        return c == null ? null : new RollupBudget().bac(money(c.bac())).ac(money(c.ac())).ev(money(c.ev()))
                .pv(money(c.pv())).eac(money(c.eac())).cpi(text(c.cpi())).spi(text(c.spi()));
    }

    private static RollupRisks risks(ProjectRollup.RiskFigures r) {
        return new RollupRisks().open(r.open()).highestExposure(r.highestExposure());
    }

    static io.worklane.openapi.model.Money money(Money m) {
        return m == null ? null : new io.worklane.openapi.model.Money().amount(m.amount().toPlainString())
                .currency(m.currency());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}

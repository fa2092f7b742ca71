package io.worklane.api.graphql.portfolio;

import io.worklane.api.graphql.shared.Money;
import io.worklane.domain.portfolio.rollup.Cost;
import io.worklane.domain.portfolio.rollup.PortfolioRollup;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.portfolio.rollup.RollupTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A roll-up over GraphQL, field for field as REST's (docs/portfolios.md); decimals as strings. */
final class RollupTypes {
    private RollupTypes() {
    }

    @Type("PortfolioRollup")
    @Description("A portfolio's projects (its own by rank, then its nested portfolios') and their total at asOf.")
    public record Rollup(@Id @NonNull @Description("The portfolio rolled up.") String portfolioId,
                         @NonNull @Description("ISO 4217: every amount is in it.") String currency,
                         @NonNull @Description("The status date.") LocalDate asOf,
                         @NonNull @Description("First of the four weeks of allocated hours.") LocalDate allocationFrom,
                         @NonNull @Description("Last of the four weeks.") LocalDate allocationTo,
                         @NonNull @Description("Its own projects by rank, then its nested portfolios'.")
                         List<@NonNull Line> projects,
                         @NonNull @Description("The open risks of the portfolio itself and of those nested under it "
                                 + "(their own registers, not their projects'); counted in the total's risks too.")
                         Risks portfolioRisks,
                         @NonNull @Description("Sums, and ratios of the sums.") Total total) {
        static Rollup of(PortfolioRollup r) {
            return new Rollup(r.portfolioId().toString(), r.currency(), r.asOf(), r.allocationFrom(),
                    r.allocationTo(), r.projects().stream().map(Line::of).toList(), Risks.of(r.portfolioRisks()),
                    Total.of(r.total()));
        }
    }

    @Type("ProjectRollup")
    @Description("One project's line of a roll-up, money in the portfolio's currency.")
    public record Line(@Id @NonNull @Description("The project's id.") String projectId,
                       @NonNull @Description("Its key.") String key, @NonNull @Description("Its name.") String name,
                       @Id @NonNull @Description("The portfolio it is ranked in.") String portfolioId,
                       @Description("Its rank there, 1 = highest priority.") int rank,
                       @Description("The latest published status report.") Status status,
                       @NonNull @Description("Estimates done and in all.") Progress progress,
                       @NonNull @Description("Forecast against target and baseline.") Schedule schedule,
                       @Description("Null without a budget or when its costs are not the caller's to see.") Budget budget,
                       @Description("Why the budget is left out when a cost cannot be converted.") String budgetProblem,
                       @NonNull @Description("Open risks.") Risks risks,
                       @NonNull @Description("Over the four weeks from asOf.") String allocatedHours,
                       @Description("In the portfolio's currency.") Money expectedBenefits,
                       @Description("(benefits − forecast cost) ÷ forecast cost.") String roi) {
        static Line of(ProjectRollup l) {
            ProjectRollup.Schedule s = l.schedule();
            return new Line(l.projectId().toString(), l.key(), l.name(), l.portfolioId().toString(), l.rank(),
                    l.status() == null ? null : new Status(l.status().reportId().toString(), l.status().asOf(),
                            l.status().health().name(), l.status().suggestedHealth().name()),
                    Progress.of(l.progress()), new Schedule(s.forecastFinish(), s.targetDate(), s.finishVarianceDays(),
                    s.baselineFinish(), s.baselineVarianceDays(), s.lateMilestones(), text(s.spi())),
                    Budget.of(l.budget()), l.budgetProblem(), Risks.of(l.risks()), l.allocatedHours().toPlainString(),
                    Money.of(l.expectedBenefits()), text(l.roi()));
        }
    }

    @Type("RollupStatus")
    @Description("A project's latest published status report.")
    public record Status(@Id @NonNull @Description("The report's id.") String reportId,
                         @NonNull @Description("Its status date.") LocalDate asOf,
                         @NonNull @Description("ON_TRACK, AT_RISK or OFF_TRACK.") String health,
                         @NonNull @Description("What its figures suggested.") String suggestedHealth) {
    }

    @Type("RollupProgress")
    @Description("Estimate minutes done by asOf and in all.")
    public record Progress(@Description("Estimate minutes of items done by asOf.") int doneEstimateMinutes,
                           @Description("Estimate minutes of all items.") int allEstimateMinutes,
                           @Description("done ÷ all, 4 decimals.") String percentComplete) {
        static Progress of(ProjectRollup.Progress p) {
            return new Progress((int) Math.min(Integer.MAX_VALUE, p.doneMinutes()),
                    (int) Math.min(Integer.MAX_VALUE, p.allMinutes()), text(p.percentComplete()));
        }
    }

    @Type("RollupSchedule")
    @Description("Forecast finish against target and latest baseline (working days), late milestones, SPI.")
    public record Schedule(@Description("The critical-path schedule's earliest finish.") LocalDate forecastFinish,
                           @Description("The project's target date.") LocalDate targetDate,
                           @Description("Working days past the target (negative: ahead).") Integer finishVarianceDays,
                           @Description("The latest baseline's finish.") LocalDate baselineFinish,
                           @Description("Working days past the baseline.") Integer baselineVarianceDays,
                           @Description("MISSED or AT_RISK.") int lateMilestones,
                           @Description("Schedule performance index.") String spi) {
    }

    @Type("RollupBudget")
    @Description("Earned value in the portfolio's currency.")
    public record Budget(@NonNull @Description("Budget at completion.") Money bac,
                         @NonNull @Description("Actual cost.") Money ac, @Description("Earned value.") Money ev,
                         @Description("Planned value.") Money pv, @Description("Estimate at completion.") Money eac,
                         @Description("Cost performance index.") String cpi,
                         @Description("Schedule performance index.") String spi) {
        static Budget of(Cost c) {
            return c == null ? null : new Budget(Money.of(c.bac()), Money.of(c.ac()), Money.of(c.ev()),
                    Money.of(c.pv()), Money.of(c.eac()), text(c.cpi()), text(c.spi()));
        }
    }

    @Type("RollupRisks")
    @Description("Open risks and the highest exposure among them.")
    public record Risks(@Description("Open risks.") int open,
                        @Description("The highest exposure among them (0: none).") int highestExposure) {
        static Risks of(ProjectRollup.RiskFigures r) {
            return new Risks(r.open(), r.highestExposure());
        }
    }

    @Type("RollupHealthCount")
    @Description("How many projects have this latest published health (NONE: no report).")
    public record HealthCount(@NonNull @Description("ON_TRACK, AT_RISK, OFF_TRACK or NONE.") String health,
                              @Description("How many projects.") int projects) {
    }

    @Type("RollupTotal")
    @Description("The portfolio's line: sums, and ratios of the sums.")
    public record Total(@Description("Projects rolled up.") int projects,
                        @NonNull @Description("Projects per latest published health.") List<@NonNull HealthCount>
                                healthCounts,
                        @Description("The worst of them.") String worstHealth,
                        @NonNull @Description("Σdone ÷ Σall.") Progress progress,
                        @Description("The latest forecast finish.") LocalDate latestForecastFinish,
                        @Description("Σ late milestones.") int lateMilestones, @Description("ΣEV ÷ ΣPV.") String spi,
                        @Description("Sums; EAC is Σ forecast cost, CPI ΣEV ÷ ΣAC.") Budget budget,
                        @Description("Projects whose budget is not in the sums.") int budgetsLeftOut,
                        @NonNull @Description("Σ open, max exposure.") Risks risks,
                        @NonNull @Description("Σ allocated hours.") String allocatedHours,
                        @Description("Σ benefits.") Money expectedBenefits,
                        @Description("Over the projects with benefits and a cost.") String roi) {
        static Total of(RollupTotals t) {
            return new Total(t.projects(), t.healthCounts().entrySet().stream()
                    .map(e -> new HealthCount(e.getKey(), e.getValue())).toList(),
                    t.worstHealth() == null ? null : t.worstHealth().name(), Progress.of(t.progress()),
                    t.latestForecastFinish(), t.lateMilestones(), text(t.spi()), Budget.of(t.budget()),
                    t.budgetsLeftOut(), Risks.of(t.risks()), t.allocatedHours().toPlainString(),
                    Money.of(t.expectedBenefits()), text(t.roi()));
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}

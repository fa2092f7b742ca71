package io.worklane.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.budget.EarnedValue;
import io.worklane.domain.budget.ExchangeRate;
import io.worklane.domain.budget.ExchangeRateTable;
import io.worklane.domain.portfolio.rollup.Cost;
import io.worklane.domain.portfolio.rollup.ProjectRollup;
import io.worklane.domain.portfolio.rollup.Roi;
import io.worklane.domain.portfolio.rollup.RollupTotals;
import io.worklane.domain.shared.Money;
import io.worklane.domain.statusreport.Health;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Roll-up figures worked by hand: sums, and ratios from the sums, never averages of ratios. */
class RollupTotalsTest {
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

    @Test
    void aDollarBudgetIsConvertedAtTheRateInForceOnTheRollupDate() {
        // BAC 10,000 USD, AC 4,000, 50 % done: EV 5,000, CPI 1.25, EAC 10,000 × 4,000 ÷ 5,000 = 8,000
        EarnedValue usd = EarnedValue.of(usd("10000.00"), new BigDecimal("6000"), usd("4000.00"), 50, 100);
        var rates = new ExchangeRateTable(List.of(new ExchangeRate(UUID.randomUUID(), UUID.randomUUID(), "USD", "EUR",
                new BigDecimal("0.9"), LocalDate.of(2027, 1, 1), 0, null, null)));

        Cost eur = Cost.of(usd, rates, "EUR", AS_OF);

        assertThat(eur.bac()).isEqualTo(eur("9000.00"));
        assertThat(eur.ac()).isEqualTo(eur("3600.00"));
        assertThat(eur.ev()).isEqualTo(eur("4500.00"));
        assertThat(eur.pv()).isEqualTo(eur("5400.00"));
        assertThat(eur.eac()).isEqualTo(eur("7200.00"));
        assertThat(eur.cpi()).isEqualByComparingTo("1.25");
        assertThat(eur.spi()).isEqualByComparingTo("0.8333");
    }

    @Test
    void totalsAreSumsAndRatiosOfSums() {
        // A: BAC 9,000 AC 3,600 EV 4,500 PV 5,400 EAC 7,200; benefits 18,000 → ROI (18,000 − 7,200) ÷ 7,200 = 1.5
        ProjectRollup a = line("A", Health.AT_RISK, 600, 1200, new Cost(eur("9000.00"), eur("3600.00"), eur("4500.00"),
                eur("5400.00"), eur("7200.00"), new BigDecimal("1.2500"), new BigDecimal("0.8333")), 2, 12, "40.00",
                eur("18000.00"), LocalDate.of(2027, 6, 30));
        // B: BAC 1,000 AC 500, nothing done (no EV, no EAC: its forecast cost is BAC); no benefits
        ProjectRollup b = line("B", Health.OFF_TRACK, 0, 300, new Cost(eur("1000.00"), eur("500.00"), null,
                eur("200.00"), null, null, null), 1, 20, "12.50", null, LocalDate.of(2027, 9, 1));
        // C: no budget, no report, nothing estimated
        ProjectRollup c = line("C", null, 0, 0, null, 0, 0, "0", eur("500.00"), null);

        RollupTotals t = RollupTotals.of(List.of(a, b, c), "EUR");

        assertThat(t.projects()).isEqualTo(3);
        assertThat(t.healthCounts()).containsEntry("AT_RISK", 1).containsEntry("OFF_TRACK", 1)
                .containsEntry("ON_TRACK", 0).containsEntry("NONE", 1);
        assertThat(t.worstHealth()).isEqualTo(Health.OFF_TRACK);
        // 600 ÷ 1,500 minutes
        assertThat(t.progress().percentComplete()).isEqualByComparingTo("0.4000");
        assertThat(t.latestForecastFinish()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(t.lateMilestones()).isEqualTo(3);
        assertThat(t.budget().bac()).isEqualTo(eur("10000.00"));
        assertThat(t.budget().ac()).isEqualTo(eur("4100.00"));
        // only A has earned value: CPI 4,500 ÷ 3,600, SPI 4,500 ÷ 5,400
        assertThat(t.budget().cpi()).isEqualByComparingTo("1.2500");
        assertThat(t.spi()).isEqualByComparingTo("0.8333");
        // 7,200 (A's EAC) + 1,000 (B's BAC, its EAC not known yet)
        assertThat(t.budget().eac()).isEqualTo(eur("8200.00"));
        assertThat(t.budgetsLeftOut()).isEqualTo(1);
        assertThat(t.risks()).isEqualTo(new ProjectRollup.RiskFigures(3, 20));
        assertThat(t.allocatedHours()).isEqualByComparingTo("52.50");
        assertThat(t.expectedBenefits()).isEqualTo(eur("18500.00"));
        // C has benefits but no cost: only A is weighed
        assertThat(t.roi()).isEqualByComparingTo("1.5000");
    }

    @Test
    void thePortfoliosOwnRisksCountBesideTheirProjectsRisks() {
        // A: 2 open risks, the highest 12; B: 1 open, 20; the portfolio's own register: 4 open, the highest 25
        ProjectRollup a = line("A", null, 0, 0, null, 2, 12, "0", null, null);
        ProjectRollup b = line("B", null, 0, 0, null, 1, 20, "0", null, null);
        ProjectRollup.RiskFigures own = new ProjectRollup.RiskFigures(4, 25);

        assertThat(RollupTotals.of(List.of(a, b), "EUR", own).risks()).isEqualTo(new ProjectRollup.RiskFigures(7, 25));
        // a lower own exposure leaves the projects' highest
        assertThat(RollupTotals.of(List.of(a, b), "EUR", new ProjectRollup.RiskFigures(1, 6)).risks())
                .isEqualTo(new ProjectRollup.RiskFigures(4, 20));
        // a portfolio without projects: its own risks alone
        assertThat(RollupTotals.of(List.of(), "EUR", own).risks()).isEqualTo(own);
    }

    @Test
    void roiNeedsBenefitsAndACost() {
        assertThat(Roi.of(eur("15000.00"), eur("10000.00"))).isEqualByComparingTo("0.5000");
        assertThat(Roi.of(eur("5000.00"), eur("10000.00"))).isEqualByComparingTo("-0.5000");
        assertThat(Roi.of(null, eur("10000.00"))).isNull();
        assertThat(Roi.of(eur("1.00"), eur("0.00"))).isNull();
    }

    private static ProjectRollup line(String key, Health health, long done, long all, Cost cost, int late, int exposure,
                                      String hours, Money benefits, LocalDate finish) {
        ProjectRollup.Status status = health == null ? null
                : new ProjectRollup.Status(UUID.randomUUID(), AS_OF, health, health);
        ProjectRollup shell = new ProjectRollup(UUID.randomUUID(), key, key, UUID.randomUUID(), 1, status,
                ProjectRollup.Progress.of(done, all), new ProjectRollup.Schedule(finish, null, null, null, null, late,
                null), cost, null, new ProjectRollup.RiskFigures(late, exposure), new BigDecimal(hours), benefits, null);
        return shell;
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}

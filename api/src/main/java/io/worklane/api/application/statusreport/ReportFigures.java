package io.worklane.api.application.statusreport;

import io.worklane.domain.budget.EarnedValue;
import io.worklane.domain.budget.ThresholdAlerts;
import io.worklane.domain.planning.MilestoneReport;
import io.worklane.domain.planning.MilestoneStatus;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.statusreport.HealthSignals;
import io.worklane.domain.workitem.WorkItem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a draft as one JSON document (docs/status-reports.md lists its sections), and the
 * signals its suggested health is judged on. Each section is mapped by its own class from what
 * {@link ReportInputs} gathered; this one puts them together.
 */
final class ReportFigures {
    private ReportFigures() {
    }

    record Drafted(Map<String, Object> figures, HealthSignals signals) {
    }

    static Drafted of(ReportInputs in) {
        List<MilestoneReport> milestones = in.network().input().items().stream().filter(WorkItem::isMilestone)
                .map(m -> MilestoneReport.of(m, in.schedule(), in.network().calendar(), in.network().input().today()))
                .toList();
        EarnedValue ev = in.budgetSummary() == null ? null : in.budgetSummary().earnedValue();
        List<BigDecimal> crossed = ev == null ? List.of() : List.copyOf(ThresholdAlerts.assess(in.budget().thresholds(),
                Set.of(), ev.bac().amount(), ev.ac().amount()).crossed());
        List<WorkItem> blocked = ItemSections.blocked(in);
        Integer baselineDays = ScheduleSection.baselineVarianceDays(in);
        List<Risk> open = in.risks().stream().filter(Risk::isOpen).toList();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("progress", ProgressSection.of(in));
        f.put("schedule", ScheduleSection.of(in, milestones, baselineDays, ev));
        f.put("budget", ev == null ? null : BudgetSection.of(in, ev, crossed));
        f.put("budgetProblem", in.budgetProblem());
        f.put("risks", RiskSection.of(in, open));
        f.put("itemsDone", ItemSections.done(in));
        f.put("blocked", blocked.stream().limit(ItemSections.MAX_LISTED).map(ItemSections::item).toList());
        HealthSignals signals = new HealthSignals(in.schedule().finishVarianceDays(), baselineDays,
                count(milestones, MilestoneStatus.MISSED), count(milestones, MilestoneStatus.AT_RISK),
                ev == null ? null : ev.spi(), ev == null ? null : ev.cpi(),
                crossed.isEmpty() ? null : crossed.get(crossed.size() - 1),
                open.stream().mapToInt(Risk::exposure).max().orElse(0), blocked.size());
        return new Drafted(f, signals);
    }

    private static int count(List<MilestoneReport> all, MilestoneStatus status) {
        return (int) all.stream().filter(m -> m.status() == status).count();
    }
}

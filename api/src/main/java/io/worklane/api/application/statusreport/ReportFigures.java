package io.worklane.api.application.statusreport;

import io.worklane.domain.budget.EarnedValue;
import io.worklane.domain.budget.ThresholdAlerts;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.planning.MilestoneReport;
import io.worklane.domain.planning.MilestoneStatus;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.shared.Money;
import io.worklane.domain.statusreport.HealthSignals;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workitem.WorkItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The figures of a draft as one JSON document (docs/status-reports.md lists its sections), and the
 * signals its suggested health is judged on. Plain mapping of what {@link ReportInputs} gathered.
 */
final class ReportFigures {
    static final int TOP_RISKS = 5;
    static final int MAX_LISTED = 100;

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
        List<WorkItem> blocked = blocked(in);
        Integer baselineDays = in.baseline() == null || in.baseline().finish() == null
                || in.schedule().earliestFinish() == null ? null
                : in.network().calendar().onOrBefore(in.schedule().earliestFinish())
                        - in.network().calendar().onOrBefore(in.baseline().finish());
        List<Risk> open = in.risks().stream().filter(Risk::isOpen).toList();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("progress", progress(in));
        f.put("schedule", schedule(in, milestones, baselineDays, ev));
        f.put("budget", ev == null ? null : budget(in, ev, crossed));
        f.put("budgetProblem", in.budgetProblem());
        f.put("risks", risks(in, open));
        f.put("itemsDone", itemsDone(in));
        f.put("blocked", blocked.stream().limit(MAX_LISTED).map(ReportFigures::item).toList());
        HealthSignals signals = new HealthSignals(in.schedule().finishVarianceDays(), baselineDays,
                count(milestones, MilestoneStatus.MISSED), count(milestones, MilestoneStatus.AT_RISK),
                ev == null ? null : ev.spi(), ev == null ? null : ev.cpi(),
                crossed.isEmpty() ? null : crossed.get(crossed.size() - 1),
                open.stream().mapToInt(Risk::exposure).max().orElse(0), blocked.size());
        return new Drafted(f, signals);
    }

    private static Map<String, Object> progress(ReportInputs in) {
        List<WorkItem> items = in.network().input().items();
        long done = items.stream().filter(i -> in.categories().get(i.id()) == StateCategory.DONE).count();
        long cancelled = items.stream().filter(i -> in.categories().get(i.id()) == StateCategory.CANCELLED).count();
        long all = in.estimates().allMinutes();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("itemsTotal", items.size());
        p.put("itemsDone", done);
        p.put("itemsCancelled", cancelled);
        p.put("itemsOpen", items.size() - done - cancelled);
        p.put("doneEstimateMinutes", in.estimates().doneMinutes());
        p.put("allEstimateMinutes", all);
        p.put("percentComplete", all <= 0 ? null : BigDecimal.valueOf(in.estimates().doneMinutes())
                .divide(BigDecimal.valueOf(all), EarnedValue.RATIO_SCALE, RoundingMode.HALF_UP).toPlainString());
        return p;
    }

    private static Map<String, Object> schedule(ReportInputs in, List<MilestoneReport> milestones, Integer baselineDays,
                                                EarnedValue ev) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("forecastFinish", text(in.schedule().earliestFinish()));
        s.put("targetDate", text(in.project().targetDate()));
        s.put("finishVarianceDays", in.schedule().finishVarianceDays());
        if (in.baseline() == null) {
            s.put("baseline", null);
        } else {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("id", in.baseline().id().toString());
            b.put("name", in.baseline().name());
            b.put("finish", text(in.baseline().finish()));
            b.put("finishVarianceDays", baselineDays);
            s.put("baseline", b);
        }
        s.put("spi", ev == null || ev.spi() == null ? null : ev.spi().toPlainString());
        s.put("milestonesDue", milestones.stream().filter(m -> m.date() != null && m.status() != MilestoneStatus.DONE
                && !m.date().isBefore(in.periodStart()) && !m.date().isAfter(in.asOf()))
                .map(ReportFigures::milestone).toList());
        s.put("milestonesLate", milestones.stream().filter(m -> m.status() == MilestoneStatus.MISSED
                || m.status() == MilestoneStatus.AT_RISK).map(ReportFigures::milestone).toList());
        return s;
    }

    private static Map<String, Object> budget(ReportInputs in, EarnedValue ev, List<BigDecimal> crossed) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("budgetId", in.budget().id().toString());
        b.put("currency", in.budget().currency());
        b.put("bac", money(ev.bac()));
        b.put("ac", money(ev.ac()));
        b.put("ev", money(ev.ev()));
        b.put("eac", money(ev.eac()));
        b.put("vac", money(ev.vac()));
        b.put("cpi", ev.cpi() == null ? null : ev.cpi().toPlainString());
        b.put("spi", ev.spi() == null ? null : ev.spi().toPlainString());
        b.put("thresholdsCrossed", crossed.stream().map(BigDecimal::toPlainString).toList());
        return b;
    }

    private static Map<String, Object> risks(ReportInputs in, List<Risk> open) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("open", open.size());
        r.put("top", open.stream().limit(TOP_RISKS).map(ReportFigures::risk).toList());
        r.put("opened", in.risks().stream().filter(x -> within(x.createdAt(), in)).map(ReportFigures::risk).toList());
        r.put("closed", in.risks().stream().filter(x -> x.closedAt() != null && within(x.closedAt(), in))
                .map(ReportFigures::risk).toList());
        return r;
    }

    private static List<Map<String, Object>> itemsDone(ReportInputs in) {
        return in.network().input().items().stream()
                .filter(i -> in.categories().get(i.id()) == StateCategory.DONE && i.completedAt() != null
                        && within(i.completedAt(), in))
                .limit(MAX_LISTED).map(i -> {
                    Map<String, Object> m = item(i);
                    m.put("completedAt", i.completedAt().toString());
                    return m;
                }).toList();
    }

    /** Open items waiting, finish-to-start, for a predecessor that is not finished. */
    private static List<WorkItem> blocked(ReportInputs in) {
        Map<UUID, WorkItem> outside = in.network().input().outside().stream()
                .collect(Collectors.toMap(WorkItem::id, w -> w, (a, b) -> a));
        Set<UUID> waiting = in.network().input().dependencies().stream().filter(d -> d.type() == DependencyType.FS)
                .filter(d -> unfinished(in, outside, d.predecessorId())).map(Dependency::successorId)
                .collect(Collectors.toSet());
        return in.network().input().items().stream().filter(i -> waiting.contains(i.id())
                && ItemStates.isOpen(in.categories(), i.id())).toList();
    }

    private static boolean unfinished(ReportInputs in, Map<UUID, WorkItem> outside, UUID id) {
        WorkItem other = outside.get(id);
        return other != null ? other.completedAt() == null : ItemStates.isOpen(in.categories(), id);
    }

    private static boolean within(Instant at, ReportInputs in) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return !day.isBefore(in.periodStart()) && !day.isAfter(in.asOf());
    }

    private static int count(List<MilestoneReport> all, MilestoneStatus status) {
        return (int) all.stream().filter(m -> m.status() == status).count();
    }

    private static Map<String, Object> milestone(MilestoneReport m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id().toString());
        out.put("key", m.key());
        out.put("title", m.title());
        out.put("date", text(m.date()));
        out.put("forecast", text(m.forecast()));
        out.put("status", m.status().name());
        out.put("slipDays", m.slipDays());
        return out;
    }

    private static Map<String, Object> risk(Risk r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id().toString());
        out.put("title", r.title());
        out.put("probability", r.probability());
        out.put("impact", r.impact());
        out.put("exposure", r.exposure());
        out.put("status", r.status().name());
        return out;
    }

    private static Map<String, Object> item(WorkItem i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id().toString());
        out.put("key", i.key());
        out.put("title", i.title());
        return out;
    }

    private static Map<String, Object> money(Money m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("amount", m.amount().toPlainString());
        out.put("currency", m.currency());
        return out;
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}

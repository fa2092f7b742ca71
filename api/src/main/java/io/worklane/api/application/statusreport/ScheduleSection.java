package io.worklane.api.application.statusreport;

import io.worklane.domain.budget.EarnedValue;
import io.worklane.domain.planning.MilestoneReport;
import io.worklane.domain.planning.MilestoneStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A draft's {@code schedule}: forecast against target and the latest baseline, SPI, milestones due and late. */
final class ScheduleSection {
    private ScheduleSection() {
    }

    /** Working days from the latest baseline's finish to the forecast finish; null without either. */
    static Integer baselineVarianceDays(ReportInputs in) {
        return in.baseline() == null || in.baseline().finish() == null || in.schedule().earliestFinish() == null
                ? null
                : in.network().calendar().onOrBefore(in.schedule().earliestFinish())
                        - in.network().calendar().onOrBefore(in.baseline().finish());
    }

    static Map<String, Object> of(ReportInputs in, List<MilestoneReport> milestones, Integer baselineDays,
                                  EarnedValue ev) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("forecastFinish", Texts.of(in.schedule().earliestFinish()));
        s.put("targetDate", Texts.of(in.project().targetDate()));
        s.put("finishVarianceDays", in.schedule().finishVarianceDays());
        if (in.baseline() == null) {
            s.put("baseline", null);
        } else {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("id", in.baseline().id().toString());
            b.put("name", in.baseline().name());
            b.put("finish", Texts.of(in.baseline().finish()));
            b.put("finishVarianceDays", baselineDays);
            s.put("baseline", b);
        }
        s.put("spi", ev == null || ev.spi() == null ? null : ev.spi().toPlainString());
        s.put("milestonesDue", milestones.stream().filter(m -> m.date() != null && m.status() != MilestoneStatus.DONE
                && !m.date().isBefore(in.periodStart()) && !m.date().isAfter(in.asOf()))
                .map(ScheduleSection::milestone).toList());
        s.put("milestonesLate", milestones.stream().filter(m -> m.status() == MilestoneStatus.MISSED
                || m.status() == MilestoneStatus.AT_RISK).map(ScheduleSection::milestone).toList());
        return s;
    }

    private static Map<String, Object> milestone(MilestoneReport m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id().toString());
        out.put("key", m.key());
        out.put("title", m.title());
        out.put("date", Texts.of(m.date()));
        out.put("forecast", Texts.of(m.forecast()));
        out.put("status", m.status().name());
        out.put("slipDays", m.slipDays());
        return out;
    }
}

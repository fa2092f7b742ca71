package io.worklane.domain.planning;

import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone against the schedule: its date (due date, else start date), the day the schedule's early
 * dates of its predecessors reach it ({@code forecast}), its status and, when at risk, by how many
 * working days it slips. DONE once completed; MISSED when its date has passed without that; AT_RISK
 * when the forecast is after its date; ON_TRACK otherwise (a milestone without a date is on track).
 */
public record MilestoneReport(UUID id, String key, String title, LocalDate date, LocalDate forecast,
                              MilestoneStatus status, int slipDays) {

    public static MilestoneReport of(WorkItem milestone, ProjectSchedule schedule, WorkingCalendar calendar,
                                     LocalDate today) {
        LocalDate date = milestone.dueDate() != null ? milestone.dueDate() : milestone.startDate();
        LocalDate forecast = schedule.item(milestone.id()).map(ItemSchedule::earlyFinish).orElse(null);
        int slip = date == null || forecast == null ? 0
                : Math.max(0, calendar.onOrBefore(forecast) - calendar.onOrBefore(date));
        MilestoneStatus status = milestone.completedAt() != null ? MilestoneStatus.DONE
                : date != null && date.isBefore(today) ? MilestoneStatus.MISSED
                : slip > 0 ? MilestoneStatus.AT_RISK : MilestoneStatus.ON_TRACK;
        return new MilestoneReport(milestone.id(), milestone.key(), milestone.title(), date, forecast, status,
                status == MilestoneStatus.AT_RISK ? slip : 0);
    }
}

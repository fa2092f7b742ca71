package io.worklane.domain.planning;

import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One item as a baseline keeps it: its start and finish (its planned dates, else the schedule's early
 * dates; null when it has neither), its estimate, its status and whether it is a milestone.
 */
public record BaselineItem(UUID id, String key, String title, String type, LocalDate start, LocalDate finish,
                           Long estimateMinutes, String status, boolean milestone) {

    /** The item as it stands: planned dates first, the schedule's where it has none. */
    public static BaselineItem of(WorkItem item, ProjectSchedule schedule) {
        var scheduled = schedule.item(item.id());
        LocalDate start = item.startDate() != null ? item.startDate()
                : scheduled.filter(s -> s.durationDays() != null).map(ItemSchedule::earlyStart).orElse(null);
        LocalDate finish = item.dueDate() != null ? item.dueDate()
                : scheduled.filter(s -> s.durationDays() != null).map(ItemSchedule::earlyFinish).orElse(null);
        if (item.isMilestone() && start == null) {
            start = finish;
        }
        if (item.isMilestone() && finish == null) {
            finish = start;
        }
        return new BaselineItem(item.id(), item.key(), item.title(), item.type().name(), start, finish,
                item.estimateMinutes(), item.status(), item.isMilestone());
    }
}

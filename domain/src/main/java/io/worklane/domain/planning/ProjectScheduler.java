package io.worklane.domain.planning;

import io.worklane.domain.project.Project;
import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Turns a project's items into a network and its critical-path answer back into dates
 * (docs/scheduling.md). Durations come from an item's start and due dates (its working days), else
 * from its estimate at {@code minutesPerDay}, else it is unscheduled (0 days, with a warning); a
 * milestone takes no time. Predecessors in other projects hold with their planned dates.
 */
public final class ProjectScheduler {
    private final WorkingCalendar calendar;
    private final int minutesPerDay;

    public ProjectScheduler(WorkingCalendar calendar, int minutesPerDay) {
        if (minutesPerDay <= 0) {
            throw new IllegalArgumentException("a working day has minutes");
        }
        this.calendar = calendar;
        this.minutesPerDay = minutesPerDay;
    }

    /** What to schedule: the project, its items, dependencies touching them and the other projects' items among them. */
    public record Input(Project project, List<WorkItem> items, List<Dependency> dependencies, List<WorkItem> outside,
                       LocalDate today) {
    }

    /** The critical-path schedule from the project's start. */
    public ProjectSchedule schedule(Input in) {
        return schedule(in, false);
    }

    /**
     * @param keepPlannedStarts when true, an item with a planned start does not start before it (what
     *                          "apply" uses: only items their dependencies hold back move)
     */
    public ProjectSchedule schedule(Input in, boolean keepPlannedStarts) {
        int start = calendar.onOrAfter(projectStart(in));
        List<String> warnings = new ArrayList<>();
        List<NetworkTask> tasks = new ArrayList<>(in.items().size());
        Map<UUID, Boolean> unscheduled = new HashMap<>();
        for (WorkItem item : in.items()) {
            Integer duration = duration(item);
            if (duration == null) {
                unscheduled.put(item.id(), true);
                warnings.add(item.key() + " is unscheduled: it has no start and due dates and no estimate, so it "
                        + "is counted as taking no time.");
            }
            tasks.add(task(item, duration == null ? 0 : duration, keepPlannedStarts));
        }
        NetworkSchedule net = CriticalPathMethod.schedule(start, tasks, fixed(in, warnings), in.dependencies());
        warnings.addAll(net.warnings());
        List<ItemSchedule> items = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            NetworkTask task = tasks.get(i);
            int lower = task.startNoEarlierThan() == null ? start : Math.max(start, task.startNoEarlierThan());
            items.add(dated(net.tasks().get(i), lower, unscheduled.containsKey(task.id())));
        }
        LocalDate finish = day(Math.max(net.finish() - 1, start));
        LocalDate target = in.project().targetDate();
        Integer variance = target == null ? null : Math.max(net.finish() - 1, start) - calendar.onOrBefore(target);
        return new ProjectSchedule(in.project().id(), in.project().key(), day(start), finish, target, variance,
                net.criticalPaths(), items, List.copyOf(warnings));
    }

    /** The project's start date, else its items' earliest start, else today. */
    private static LocalDate projectStart(Input in) {
        if (in.project().startDate() != null) {
            return in.project().startDate();
        }
        return in.items().stream().map(WorkItem::startDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(in.today());
    }

    /** Working days: a milestone none; from the dates; else from the estimate; else null (unscheduled). */
    Integer duration(WorkItem item) {
        if (item.isMilestone()) {
            return 0;
        }
        if (item.startDate() != null && item.dueDate() != null) {
            return Math.max(1, calendar.workingDays(item.startDate(), item.dueDate()));
        }
        if (item.estimateMinutes() != null) {
            return (int) Math.min(Integer.MAX_VALUE / 4, (item.estimateMinutes() + minutesPerDay - 1) / minutesPerDay);
        }
        return null;
    }

    private NetworkTask task(WorkItem item, int duration, boolean keepPlannedStarts) {
        Integer notBefore = item.startNoEarlierThan() == null ? null : calendar.onOrAfter(item.startNoEarlierThan());
        if (keepPlannedStarts && item.startDate() != null && !item.isMilestone()) {
            int planned = calendar.onOrAfter(item.startDate());
            notBefore = notBefore == null ? planned : Math.max(notBefore, planned);
        }
        Integer notAfter = item.finishNoLaterThan() == null ? null : calendar.onOrBefore(item.finishNoLaterThan()) + 1;
        return new NetworkTask(item.id(), item.key(), duration, notBefore, notAfter);
    }

    private List<FixedTask> fixed(Input in, List<String> warnings) {
        List<FixedTask> out = new ArrayList<>();
        for (WorkItem w : in.outside()) {
            PlannedDates.of(w.startDate(), w.dueDate(), calendar).ifPresentOrElse(
                    d -> out.add(new FixedTask(w.id(), w.key(), d.start(), d.finish())),
                    () -> warnings.add(w.key() + " (project " + w.projectKey() + ") has no dates: the dependencies "
                            + "on it are left out."));
        }
        return out;
    }

    /**
     * A task's numbers as dates. A zero-length task (a milestone) sits at the end of the day its
     * predecessors finish, so its date is the working day before its early start, unless nothing but
     * its own earliest start ({@code lower}: the project's start or its constraint) holds it.
     */
    private ItemSchedule dated(ScheduledTask t, int lower, boolean unscheduled) {
        if (t.duration() == 0) {
            LocalDate early = day(t.earlyStart() > lower ? t.earlyStart() - 1 : t.earlyStart());
            LocalDate late = day(t.lateStart() > lower ? t.lateStart() - 1 : t.lateStart());
            return new ItemSchedule(t.id(), t.key(), unscheduled ? null : 0, early, early, late, late, t.totalFloat(),
                    t.freeFloat(), t.critical());
        }
        return new ItemSchedule(t.id(), t.key(), t.duration(), day(t.earlyStart()), day(t.earlyFinish() - 1),
                day(t.lateStart()), day(t.lateFinish() - 1), t.totalFloat(), t.freeFloat(), t.critical());
    }

    private LocalDate day(int index) {
        return calendar.dateOf(index);
    }
}

package io.worklane.domain.planning;

import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What applying a schedule changes: every open item whose planned dates start (or, with no start,
 * end) before its dependencies allow moves to its early dates, keeping its duration; the reason names
 * the dependency that drives it. The schedule is the one that keeps planned starts
 * ({@link ProjectScheduler#schedule(ProjectScheduler.Input, boolean)}), so items nothing holds back
 * stay where they are. Finished items (completed) never move.
 */
public final class ScheduleChanges {
    private ScheduleChanges() {
    }

    public static List<DateChange> of(ProjectSchedule schedule, ProjectScheduler.Input in, WorkingCalendar calendar) {
        Map<UUID, WorkItem> byId = new HashMap<>();
        in.items().forEach(i -> byId.put(i.id(), i));
        in.outside().forEach(i -> byId.put(i.id(), i));
        Map<UUID, List<Dependency>> into = new HashMap<>();
        in.dependencies().forEach(d -> into.computeIfAbsent(d.successorId(), k -> new ArrayList<>()).add(d));
        List<DateChange> out = new ArrayList<>();
        for (WorkItem item : in.items()) {
            ItemSchedule s = schedule.item(item.id()).orElse(null);
            if (s == null || item.completedAt() != null || s.durationDays() == null) {
                continue;
            }
            boolean late = item.startDate() != null ? item.startDate().isBefore(s.earlyStart())
                    : item.dueDate() != null && item.dueDate().isBefore(s.earlyFinish());
            if (!late) {
                continue;
            }
            String why = driver(item, into.getOrDefault(item.id(), List.of()), schedule, byId, calendar);
            if (item.startDate() != null && !item.startDate().equals(s.earlyStart())) {
                out.add(new DateChange(item.id(), item.key(), "startDate", item.startDate(), s.earlyStart(), why));
            }
            if (item.dueDate() != null && !item.dueDate().equals(s.earlyFinish())) {
                out.add(new DateChange(item.id(), item.key(), "dueDate", item.dueDate(), s.earlyFinish(), why));
            }
        }
        return out;
    }

    /** A scheduled item's early dates as numbers; a zero-length one sits at the end of the day it shows. */
    private static PlannedDates scheduled(ItemSchedule x, WorkingCalendar calendar) {
        int finish = calendar.onOrBefore(x.earlyFinish()) + 1;
        boolean zero = x.durationDays() == null || x.durationDays() == 0;
        return new PlannedDates(zero ? finish : calendar.onOrAfter(x.earlyStart()), finish);
    }

    /** The dependency that asks the most of the item, in words: "ENG-3 finishes on 2026-12-09 (FS, lag 2)". */
    private static String driver(WorkItem item, List<Dependency> into, ProjectSchedule schedule,
                                 Map<UUID, WorkItem> byId, WorkingCalendar calendar) {
        record Ask(Dependency d, int earliest, String what) {
        }
        Optional<Ask> most = into.stream().map(d -> {
            WorkItem p = byId.get(d.predecessorId());
            Optional<PlannedDates> dates = p == null ? Optional.empty() : schedule.item(p.id())
                    .map(x -> scheduled(x, calendar))
                    .or(() -> PlannedDates.of(p.startDate(), p.dueDate(), calendar));
            return dates.map(pd -> {
                int earliest = pd.earliestFor(d.type(), d.lagDays()) - (d.type().constrainsStart() ? 0 : 1);
                String verb = d.type().fromFinish() ? "finishes on " + calendar.dateOf(pd.finish() - 1)
                        : "starts on " + calendar.dateOf(pd.start());
                return new Ask(d, earliest, p.key() + " " + verb + " (" + d.type()
                        + (d.lagDays() == 0 ? "" : ", lag " + d.lagDays()) + ")");
            }).orElse(null);
        }).filter(java.util.Objects::nonNull).max(Comparator.comparingInt(Ask::earliest));
        return most.map(a -> a.what() + ": " + item.key() + " may " + (a.d().type().constrainsStart() ? "start"
                        : "finish") + " on " + calendar.dateOf(a.earliest()) + " at the earliest.")
                .orElse(item.key() + " may not start before its constraints allow.");
    }
}

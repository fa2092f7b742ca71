package io.worklane.domain.resource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Computes workloads from batch-read facts, in memory: capacity from each resource's calendar,
 * allocations spread over the days they cover, assigned estimates spread over working days, logged time.
 * Minutes are summed per period as exact fractions of days and rounded once per period.
 */
public final class Workload {
    /** An item's estimate is spread over at most this many days after its start (longer spans are cut). */
    static final int MAX_SPREAD_DAYS = 3660;

    private Workload() {
    }

    public static List<ResourceWorkload> compute(WorkloadRange range, List<Resource> resources, Set<LocalDate> holidays,
                                                 List<Allocation> allocations, List<AssignedWork> assigned,
                                                 List<LoggedTime> logged) {
        Map<UUID, List<Allocation>> byResource = new HashMap<>();
        allocations.forEach(a -> byResource.computeIfAbsent(a.resourceId(), k -> new ArrayList<>()).add(a));
        Map<UUID, List<AssignedWork>> byMember = new HashMap<>();
        assigned.forEach(w -> w.assigneeMemberIds().forEach(m ->
                byMember.computeIfAbsent(m, k -> new ArrayList<>()).add(w)));
        Map<UUID, List<LoggedTime>> loggedBy = new HashMap<>();
        logged.forEach(l -> loggedBy.computeIfAbsent(l.resourceId(), k -> new ArrayList<>()).add(l));
        List<ResourceWorkload> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            List<AssignedWork> work = r.memberId() == null ? List.of() : byMember.getOrDefault(r.memberId(), List.of());
            out.add(of(range, r, holidays, byResource.getOrDefault(r.id(), List.of()), work,
                    loggedBy.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    static ResourceWorkload of(WorkloadRange range, Resource r, Set<LocalDate> holidays, List<Allocation> allocations,
                               List<AssignedWork> assigned, List<LoggedTime> logged) {
        int days = range.days();
        int[] capacity = new int[days];
        for (int i = 0; i < days; i++) {
            capacity[i] = r.capacityOn(range.start().plusDays(i), holidays);
        }
        int periods = range.periods();
        long[] cap = new long[periods];
        double[] allocated = new double[periods];
        double[] assignedMinutes = new double[periods];
        long[] loggedMinutes = new long[periods];
        for (int i = 0; i < days; i++) {
            cap[range.periodOf(i)] += capacity[i];
        }
        int weekly = r.capacity().perWeek();
        for (Allocation a : allocations) {
            int first = (int) Math.max(0, ChronoUnit.DAYS.between(range.start(), a.from()));
            int last = (int) Math.min(days - 1, ChronoUnit.DAYS.between(range.start(), a.to()));
            for (int i = first; i <= last; i++) {
                allocated[range.periodOf(i)] += allocatedOn(a, r, range.start().plusDays(i), capacity[i], weekly);
            }
        }
        for (AssignedWork w : assigned) {
            spread(w, r, holidays, range, assignedMinutes);
        }
        for (LoggedTime l : logged) {
            long i = ChronoUnit.DAYS.between(range.start(), l.day());
            if (i >= 0 && i < days) {
                loggedMinutes[range.periodOf((int) i)] += l.minutes();
            }
        }
        List<WorkloadPeriod> out = new ArrayList<>(periods);
        for (int p = 0; p < periods; p++) {
            out.add(WorkloadPeriod.of(range.periodStart(p), cap[p], Math.round(allocated[p]),
                    Math.round(assignedMinutes[p]), loggedMinutes[p]));
        }
        return new ResourceWorkload(r, out);
    }

    /**
     * A percent allocation takes that share of the day's real capacity (none on time off or holidays);
     * minutes per week are a fixed reservation spread over the weekdays in proportion to the weekly
     * capacity (evenly over 7 days when it has none), so time off does not shrink them: a week that no
     * longer fits shows as over-allocated.
     */
    static double allocatedOn(Allocation a, Resource r, LocalDate day, int capacityThatDay, int weekly) {
        if (a.percent() != null) {
            return a.percent().doubleValue() * capacityThatDay / 100.0;
        }
        if (weekly == 0) {
            return a.minutesPerWeek() / 7.0;
        }
        return (double) a.minutesPerWeek() * r.capacity().on(day.getDayOfWeek()) / weekly;
    }

    /** This resource's share of the estimate, over its working days start..due (all days when none work). */
    static void spread(AssignedWork w, Resource r, Set<LocalDate> holidays, WorkloadRange range, double[] into) {
        double share = (double) w.estimateMinutes() / Math.max(1, w.assigneeMemberIds().size());
        int span = (int) Math.min(MAX_SPREAD_DAYS, ChronoUnit.DAYS.between(w.start(), w.due()) + 1);
        int working = 0;
        for (int i = 0; i < span; i++) {
            if (r.capacityOn(w.start().plusDays(i), holidays) > 0) {
                working++;
            }
        }
        for (int i = 0; i < span; i++) {
            LocalDate day = w.start().plusDays(i);
            long index = ChronoUnit.DAYS.between(range.start(), day);
            if (index < 0 || index >= range.days()) {
                continue;
            }
            if (working == 0 || r.capacityOn(day, holidays) > 0) {
                into[range.periodOf((int) index)] += share / (working == 0 ? span : working);
            }
        }
    }
}

package io.worklane.api.application.resource;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Allocations;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Holidays;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.Workload;
import io.worklane.domain.resource.WorkloadPeriod;
import io.worklane.domain.resource.WorkloadRange;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Emits {@code allocation.overallocated} when a change makes a resource over-allocated in a week where
 * it was not before. The horizon is the changed allocation's weeks, at most the first 26 (two statements).
 */
@ApplicationScoped
public class Overallocation {
    static final int HORIZON_WEEKS = 26;
    private final Allocations allocations;
    private final Holidays holidays;
    private final Events events;

    public Overallocation(Allocations allocations, Holidays holidays, Events events) {
        this.allocations = allocations;
        this.holidays = holidays;
        this.events = events;
    }

    /** After {@code saved} replaced {@code before} (null for a create); reads see the session's writes. */
    public Uni<Void> check(Caller caller, Resource resource, Allocation before, Allocation saved, Instant at) {
        LocalDate from = saved.from();
        LocalDate to = saved.to().isAfter(from.plusWeeks(HORIZON_WEEKS)) ? from.plusWeeks(HORIZON_WEEKS).minusDays(1)
                : saved.to();
        WorkloadRange range = WorkloadRange.of(from.toString(), to.toString(), "WEEK");
        return holidays.between(resource.workspaceId(), range.start(), range.end()).chain(days ->
                allocations.overlapping(resource.workspaceId(), resource.id(), range.start(), range.end()).chain(all -> {
                    Set<LocalDate> off = days.stream().map(Holiday::day).collect(Collectors.toSet());
                    List<Allocation> others = all.stream().filter(a -> !a.id().equals(saved.id())).toList();
                    List<Allocation> was = before == null ? others
                            : java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(before)).toList();
                    List<Allocation> now = java.util.stream.Stream.concat(others.stream(),
                            java.util.stream.Stream.of(saved)).toList();
                    Set<LocalDate> overBefore = over(range, resource, off, was).stream().map(WorkloadPeriod::start)
                            .collect(Collectors.toSet());
                    List<WorkloadPeriod> newlyOver = over(range, resource, off, now).stream()
                            .filter(p -> !overBefore.contains(p.start())).toList();
                    return newlyOver.isEmpty() ? Uni.createFrom().voidItem()
                            : events.record("allocation.overallocated", resource.workspaceId(), resource.id(), caller,
                            at, ResourceData.overallocated(resource, saved, newlyOver), null);
                }));
    }

    private static List<WorkloadPeriod> over(WorkloadRange range, Resource r, Set<LocalDate> off, List<Allocation> a) {
        return Workload.compute(range, List.of(r), off, a, List.of(), List.of()).get(0).periods().stream()
                .filter(WorkloadPeriod::overallocated).toList();
    }
}

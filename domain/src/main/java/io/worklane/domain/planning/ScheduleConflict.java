package io.worklane.domain.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A dependency that an item's planned dates break: it starts (FS, SS) or finishes (FF, SF) {@code days}
 * working days before the dependency allows, the earliest allowed being {@code earliest}. Edits that do
 * this are accepted; the item shows its conflicts until its dates, or its predecessor's, are moved.
 */
public record ScheduleConflict(UUID dependencyId, String predecessorKey, DependencyType type, int lagDays, int days,
                               LocalDate earliest) {

    /** What the check needs of one dependency: its predecessor's planned dates with its key. */
    public record Input(Dependency dependency, String predecessorKey, Optional<PlannedDates> predecessor) {
    }

    /** The conflicts of an item, in the order of its dependencies; none when it or a predecessor has no dates. */
    public static List<ScheduleConflict> of(Optional<PlannedDates> item, List<Input> inputs, WorkingCalendar calendar) {
        List<ScheduleConflict> out = new ArrayList<>();
        if (item.isEmpty()) {
            return out;
        }
        for (Input in : inputs) {
            Dependency d = in.dependency();
            in.predecessor().ifPresent(p -> {
                int earliest = p.earliestFor(d.type(), d.lagDays());
                int held = item.get().heldBy(d.type());
                if (held < earliest) {
                    // an exclusive finish is the day after the last one: the date shown is the last working day
                    LocalDate date = calendar.dateOf(d.type().constrainsStart() ? earliest : earliest - 1);
                    out.add(new ScheduleConflict(d.id(), in.predecessorKey(), d.type(), d.lagDays(), earliest - held,
                            date));
                }
            });
        }
        return out;
    }
}

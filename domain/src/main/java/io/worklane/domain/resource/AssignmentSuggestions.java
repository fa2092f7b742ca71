package io.worklane.domain.resource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks PERSON resources for a work item: first by how many of its required skills they have at the
 * level asked, then by free capacity (capacity minus allocations) over the item's days, then by name.
 */
public final class AssignmentSuggestions {
    public static final int MAX = 20;

    private AssignmentSuggestions() {
    }

    public static List<Suggestion> rank(List<Skill> required, List<Resource> resources, List<Allocation> allocations,
                                        Set<LocalDate> holidays, LocalDate from, LocalDate to) {
        record Scored(Resource r, List<String> have, List<String> missing, long free) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Resource r : resources) {
            if (r.kind() != ResourceKind.PERSON) {
                continue;
            }
            List<String> have = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Skill need : required) {
                Optional<Skill> own = r.skill(need.name());
                if (own.isPresent() && own.get().level() >= need.level()) {
                    have.add(need.name() + " " + own.get().level() + " (needs " + need.level() + ")");
                } else {
                    missing.add(need.name() + (own.map(s -> " " + s.level() + " (needs " + need.level() + ")")
                            .orElse("")));
                }
            }
            scored.add(new Scored(r, have, missing, free(r, allocations, holidays, from, to)));
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.have().size()).thenComparingLong(s -> -s.free())
                .thenComparing(s -> s.r().name()));
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX, scored.size()); i++) {
            Scored s = scored.get(i);
            out.add(new Suggestion(s.r(), i + 1, s.have().size(), s.missing(), s.free(), reason(required, s.have(),
                    s.missing(), s.free(), from, to)));
        }
        return out;
    }

    /** Capacity minus allocations over from..to; negative when over-allocated. */
    static long free(Resource r, List<Allocation> allocations, Set<LocalDate> holidays, LocalDate from, LocalDate to) {
        double free = 0;
        int weekly = r.capacity().perWeek();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            int capacity = r.capacityOn(day, holidays);
            free += capacity;
            for (Allocation a : allocations) {
                if (a.resourceId().equals(r.id()) && a.covers(day)) {
                    free -= Workload.allocatedOn(a, r, day, capacity, weekly);
                }
            }
        }
        return Math.round(free);
    }

    private static String reason(List<Skill> required, List<String> have, List<String> missing, long free,
                                 LocalDate from, LocalDate to) {
        String skills = required.isEmpty() ? "no skills required" : have.isEmpty() ? "has none of the required skills"
                : "has " + String.join(", ", have);
        String lacking = missing.isEmpty() || required.isEmpty() ? "" : "; lacks " + String.join(", ", missing);
        String capacity = free >= 0 ? free + " free minutes" : "over-allocated by " + (-free) + " minutes";
        return skills + lacking + "; " + capacity + " from " + from + " to " + to;
    }
}

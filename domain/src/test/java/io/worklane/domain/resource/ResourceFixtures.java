package io.worklane.domain.resource;

import static io.worklane.domain.Fixtures.NOW;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resources and allocations with intent-revealing names, for the capacity tests. */
final class ResourceFixtures {
    static final UUID WS = UUID.randomUUID();
    static final UUID PROJECT = UUID.randomUUID();
    /** Monday 7 December 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private ResourceFixtures() {
    }

    static NewResource aPerson(String name) {
        return new NewResource("PERSON", name, null, List.of(), null, List.of(), List.of());
    }

    /** 40 h a week, 8 h Monday to Friday. */
    static Resource aFortyHourPerson() {
        return Resource.create(WS, aPerson("Ada"), NOW);
    }

    static Resource withTimeOff(Resource r, LocalDate day) {
        NewResource n = r.toNew();
        return r.change(new NewResource(n.kind(), n.name(), n.memberId(), n.skills(), n.capacity(),
                List.of(new NewResource.TimeOffInput(day.toString(), day.toString(), "dentist")), n.costRates()), NOW);
    }

    static Resource withRates(Resource r, List<NewResource.RateInput> rates) {
        NewResource n = r.toNew();
        return r.change(new NewResource(n.kind(), n.name(), n.memberId(), n.skills(), n.capacity(), n.timeOff(),
                rates), NOW);
    }

    static Resource withSkills(Resource r, List<NewResource.SkillInput> skills) {
        NewResource n = r.toNew();
        return r.change(new NewResource(n.kind(), n.name(), n.memberId(), skills, n.capacity(), n.timeOff(),
                n.costRates()), NOW);
    }

    static Allocation hoursPerWeek(Resource r, int hours, LocalDate from, LocalDate to) {
        return Allocation.create(WS, new NewAllocation(r.id(), PROJECT, null, from.toString(), to.toString(),
                hours * 60, null, null), NOW);
    }

    static Allocation percentOf(Resource r, String percent, LocalDate from, LocalDate to) {
        return Allocation.create(WS, new NewAllocation(r.id(), PROJECT, null, from.toString(), to.toString(), null,
                new BigDecimal(percent), null), NOW);
    }

    static Map<String, Integer> capacity(int perWeekday) {
        return Map.of("MONDAY", perWeekday, "TUESDAY", perWeekday, "WEDNESDAY", perWeekday, "THURSDAY", perWeekday,
                "FRIDAY", perWeekday);
    }
}

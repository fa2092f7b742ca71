package io.worklane.domain.resource;

import static io.worklane.domain.resource.ResourceFixtures.MONDAY;
import static io.worklane.domain.resource.ResourceFixtures.aFortyHourPerson;
import static io.worklane.domain.resource.ResourceFixtures.hoursPerWeek;
import static io.worklane.domain.resource.ResourceFixtures.percentOf;
import static io.worklane.domain.resource.ResourceFixtures.withTimeOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkloadTest {
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);

    private static WorkloadPeriod oneWeek(Resource r, List<Allocation> allocations, Set<LocalDate> holidays,
                                          List<AssignedWork> assigned, List<LoggedTime> logged) {
        WorkloadRange week = WorkloadRange.of(MONDAY.toString(), SUNDAY.toString(), "WEEK");
        return Workload.compute(week, List.of(r), holidays, allocations, assigned, logged).get(0).periods().get(0);
    }

    @Test
    void a_forty_hour_person_allocated_thirty_and_twenty_hours_in_one_week_is_at_125_percent_and_overallocated() {
        Resource ada = aFortyHourPerson();
        WorkloadPeriod week = oneWeek(ada, List.of(hoursPerWeek(ada, 30, MONDAY, SUNDAY),
                hoursPerWeek(ada, 20, MONDAY, SUNDAY)), Set.of(), List.of(), List.of());

        assertThat(week.start()).isEqualTo(MONDAY);
        assertThat(week.capacityMinutes()).isEqualTo(2400);
        assertThat(week.allocatedMinutes()).isEqualTo(3000);
        assertThat(week.utilization()).isEqualByComparingTo("1.25");
        assertThat(week.overallocated()).isTrue();
    }

    @Test
    void thirty_hours_of_forty_is_75_percent_and_not_overallocated() {
        Resource ada = aFortyHourPerson();
        WorkloadPeriod week = oneWeek(ada, List.of(hoursPerWeek(ada, 30, MONDAY, SUNDAY)), Set.of(), List.of(),
                List.of());

        assertThat(week.utilization()).isEqualByComparingTo("0.75");
        assertThat(week.overallocated()).isFalse();
    }

    @Test
    void a_day_of_time_off_lowers_that_weeks_capacity_by_eight_hours() {
        Resource ada = withTimeOff(aFortyHourPerson(), MONDAY.plusDays(2));

        assertThat(oneWeek(ada, List.of(), Set.of(), List.of(), List.of()).capacityMinutes()).isEqualTo(2400 - 480);
    }

    @Test
    void a_workspace_holiday_lowers_everyones_capacity_and_a_percent_allocation_with_it() {
        Resource ada = aFortyHourPerson();
        WorkloadPeriod week = oneWeek(ada, List.of(percentOf(ada, "50", MONDAY, SUNDAY)), Set.of(MONDAY),
                List.of(), List.of());

        assertThat(week.capacityMinutes()).isEqualTo(1920);
        assertThat(week.allocatedMinutes()).isEqualTo(960);
        assertThat(week.utilization()).isEqualByComparingTo("0.50");
    }

    @Test
    void minutes_per_week_stay_reserved_through_time_off_so_a_full_week_no_longer_fits() {
        Resource ada = withTimeOff(aFortyHourPerson(), MONDAY);
        WorkloadPeriod week = oneWeek(ada, List.of(hoursPerWeek(ada, 40, MONDAY, SUNDAY)), Set.of(), List.of(),
                List.of());

        assertThat(week.allocatedMinutes()).isEqualTo(2400);
        assertThat(week.capacityMinutes()).isEqualTo(1920);
        assertThat(week.overallocated()).isTrue();
    }

    @Test
    void an_allocation_covering_part_of_the_week_counts_only_its_days() {
        Resource ada = aFortyHourPerson();
        // 20 h/week is 4 h per working day; Wednesday to Friday: 12 h
        WorkloadPeriod week = oneWeek(ada, List.of(hoursPerWeek(ada, 20, MONDAY.plusDays(2), MONDAY.plusDays(30))),
                Set.of(), List.of(), List.of());

        assertThat(week.allocatedMinutes()).isEqualTo(720);
    }

    @Test
    void an_estimate_is_spread_over_the_assignees_working_days_and_shared_between_assignees() {
        UUID member = UUID.randomUUID();
        Resource ada = Resource.create(ResourceFixtures.WS, new NewResource("PERSON", "Ada", member, List.of(), null,
                List.of(), List.of()), io.worklane.domain.Fixtures.NOW);
        // 20 h from Thursday to next Wednesday: 5 working days, 4 h each; two assignees halve it: 2 h a day
        AssignedWork item = new AssignedWork(UUID.randomUUID(), List.of(member, UUID.randomUUID()), 1200,
                MONDAY.plusDays(3), MONDAY.plusDays(9));

        // this week holds Thursday and Friday
        assertThat(oneWeek(ada, List.of(), Set.of(), List.of(item), List.of()).assignedMinutes()).isEqualTo(240);
    }

    @Test
    void an_item_with_only_a_due_date_weighs_on_its_due_day() {
        UUID member = UUID.randomUUID();
        Resource ada = Resource.create(ResourceFixtures.WS, new NewResource("PERSON", "Ada", member, List.of(), null,
                List.of(), List.of()), io.worklane.domain.Fixtures.NOW);
        AssignedWork item = new AssignedWork(UUID.randomUUID(), List.of(member), 300, null, MONDAY.plusDays(1));

        assertThat(oneWeek(ada, List.of(), Set.of(), List.of(item), List.of()).assignedMinutes()).isEqualTo(300);
    }

    @Test
    void logged_minutes_are_summed_per_period() {
        Resource ada = aFortyHourPerson();
        List<LoggedTime> logged = List.of(new LoggedTime(ada.id(), MONDAY, 90), new LoggedTime(ada.id(), SUNDAY, 30),
                new LoggedTime(ada.id(), SUNDAY.plusDays(1), 999));

        assertThat(oneWeek(ada, List.of(), Set.of(), List.of(), logged).loggedMinutes()).isEqualTo(120);
    }

    @Test
    void utilization_is_null_when_there_is_no_capacity() {
        Resource ada = aFortyHourPerson();
        WorkloadRange weekend = WorkloadRange.of(SUNDAY.minusDays(1).toString(), SUNDAY.toString(), "DAY");
        WorkloadPeriod saturday = Workload.compute(weekend, List.of(ada), Set.of(), List.of(), List.of(), List.of())
                .get(0).periods().get(0);

        assertThat(saturday.capacityMinutes()).isZero();
        assertThat(saturday.utilization()).isNull();
    }

    @Test
    void weeks_are_whole_iso_weeks_starting_monday() {
        WorkloadRange range = WorkloadRange.of("2026-12-09", "2026-12-15", "WEEK");

        assertThat(range.start()).isEqualTo(MONDAY);
        assertThat(range.end()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(range.periods()).isEqualTo(2);
        assertThat(range.periodStart(1)).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void a_range_ending_before_it_starts_or_too_long_is_refused() {
        assertThatThrownBy(() -> WorkloadRange.of("2026-12-09", "2026-12-01", "WEEK"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.code()).containsExactly("TO_BEFORE_FROM"));
        assertThatThrownBy(() -> WorkloadRange.of("2026-01-01", "2026-12-31", "DAY"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.code()).containsExactly("RANGE_TOO_LONG"));
    }

    @Test
    void a_day_granularity_gives_one_period_per_day() {
        Resource ada = aFortyHourPerson();
        WorkloadRange days = WorkloadRange.of(MONDAY.toString(), MONDAY.plusDays(1).toString(), "DAY");
        List<WorkloadPeriod> periods = Workload.compute(days, List.of(ada), Set.of(),
                List.of(hoursPerWeek(ada, 50, MONDAY, SUNDAY)), List.of(), List.of()).get(0).periods();

        assertThat(periods).extracting(WorkloadPeriod::capacityMinutes).containsExactly(480L, 480L);
        assertThat(periods).extracting(WorkloadPeriod::allocatedMinutes).containsExactly(600L, 600L);
        assertThat(periods.get(0).utilization()).isEqualTo(new BigDecimal("1.25"));
    }
}

package io.worklane.domain.resource;

import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.resource.ResourceFixtures.WS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResourceValidationTest {
    private static List<String> codes(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void every_problem_of_a_resource_is_reported_at_its_field() {
        NewResource bad = new NewResource("ROBOT", " ", UUID.randomUUID(),
                List.of(new NewResource.SkillInput("java", 6)), Map.of("MONDAY", 1441, "FUNDAY", 10),
                List.of(new NewResource.TimeOffInput("2026-12-14", "2026-12-13", null)),
                List.of(new NewResource.RateInput("2026-01-01", "80.001", "EUR", "HOUR"),
                        new NewResource.RateInput("2026-02-01", "80", "XXY", "HOUR"),
                        new NewResource.RateInput("2026-03-01", "80", "EUR", "DAY")));

        assertThat(codes(() -> Resource.create(WS, bad, NOW))).contains("kind:INVALID_VALUE", "name:REQUIRED",
                "skills[0].level:LEVEL_OUT_OF_RANGE", "capacity.MONDAY:MINUTES_OUT_OF_RANGE",
                "capacity.FUNDAY:INVALID_VALUE", "timeOff[0].to:TO_BEFORE_FROM",
                "costRates[0].rate.amount:TOO_MANY_DECIMALS", "costRates[1].rate.currency:UNKNOWN_CURRENCY",
                "costRates[2].unit:UNSUPPORTED_UNIT");
    }

    @Test
    void negative_capacity_is_refused() {
        NewResource bad = new NewResource("ROOM", "Room 1", null, List.of(), Map.of("MONDAY", -1), List.of(),
                List.of());
        assertThat(codes(() -> Resource.create(WS, bad, NOW))).containsExactly("capacity.MONDAY:MINUTES_OUT_OF_RANGE");
    }

    @Test
    void only_a_person_can_be_a_member() {
        NewResource bad = new NewResource("EQUIPMENT", "Drill", UUID.randomUUID(), List.of(), null, List.of(),
                List.of());
        assertThat(codes(() -> Resource.create(WS, bad, NOW))).containsExactly("member:MEMBER_ONLY_FOR_PERSON");
    }

    @Test
    void a_valid_resource_keeps_what_was_written() {
        Resource r = Resource.create(WS, new NewResource("PERSON", "Ada", null,
                List.of(new NewResource.SkillInput("Java", 4)), ResourceFixtures.capacity(360), List.of(),
                List.of(new NewResource.RateInput("2026-01-01", "80", "EUR", null))), NOW);

        assertThat(r.skills()).containsExactly(new Skill("java", 4));
        assertThat(r.capacity().perWeek()).isEqualTo(1800);
        assertThat(r.costRates().rates().get(0).rate().amount()).isEqualByComparingTo("80.00");
        assertThat(r.version()).isZero();
    }

    @Test
    void an_allocation_is_minutes_per_week_or_percent_in_range_and_ends_after_it_starts() {
        UUID res = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        assertThat(codes(() -> Allocation.create(WS, new NewAllocation(res, project, null, "2026-12-10", "2026-12-01",
                60, new BigDecimal("10"), null), NOW))).containsExactly("to:TO_BEFORE_FROM",
                "minutesPerWeek:ONE_OF_REQUIRED");
        assertThat(codes(() -> Allocation.create(WS, new NewAllocation(res, project, null, "2026-12-01", "2026-12-10",
                null, new BigDecimal("100.5"), null), NOW))).containsExactly("percent:PERCENT_OUT_OF_RANGE");
        assertThat(codes(() -> Allocation.create(WS, new NewAllocation(res, project, null, "2026-12-01", "2026-12-10",
                -60, null, null), NOW))).containsExactly("minutesPerWeek:MINUTES_OUT_OF_RANGE");
        assertThat(codes(() -> Allocation.create(WS, new NewAllocation(res, project, null, "2026-12-01", "2026-12-10",
                7 * 1440 + 1, null, null), NOW))).containsExactly("minutesPerWeek:MINUTES_OUT_OF_RANGE");
    }
}

package io.worklane.domain.resource;

import static io.worklane.domain.resource.ResourceFixtures.MONDAY;
import static io.worklane.domain.resource.ResourceFixtures.aFortyHourPerson;
import static io.worklane.domain.resource.ResourceFixtures.hoursPerWeek;
import static io.worklane.domain.resource.ResourceFixtures.withSkills;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AssignmentSuggestionsTest {
    private static final java.time.LocalDate FRIDAY = MONDAY.plusDays(4);

    private static Resource named(String name, int javaLevel) {
        Resource r = withSkills(aFortyHourPerson(), List.of(new NewResource.SkillInput("java", javaLevel)));
        NewResource n = r.toNew();
        return r.change(new NewResource(n.kind(), name, n.memberId(), n.skills(), n.capacity(), n.timeOff(),
                n.costRates()), io.worklane.domain.Fixtures.NOW);
    }

    @Test
    void required_skills_come_from_skill_labels_with_an_optional_minimum_level() {
        assertThat(RequiredSkills.of(List.of("backend", "skill:Java:3", "skill:sql", "skill:bad:9", "skill:java")))
                .containsExactly(new Skill("java", 3), new Skill("sql", 1));
    }

    @Test
    void the_skilled_come_first_then_the_freest_and_each_says_why() {
        Resource busy = named("Busy", 4);
        Resource free = named("Free", 3);
        Resource junior = named("Junior", 2);
        // Busy: 40 h capacity Monday–Friday minus 30 h allocated = 600 free minutes; Free: 2400
        List<Suggestion> ranked = AssignmentSuggestions.rank(List.of(new Skill("java", 3)),
                List.of(busy, junior, free), List.of(hoursPerWeek(busy, 30, MONDAY, MONDAY.plusDays(6))), Set.of(),
                MONDAY, FRIDAY);

        assertThat(ranked).extracting(s -> s.resource().name()).containsExactly("Free", "Busy", "Junior");
        assertThat(ranked).extracting(Suggestion::freeMinutes).containsExactly(2400L, 600L, 2400L);
        assertThat(ranked.get(2).missingSkills()).containsExactly("java 2 (needs 3)");
        assertThat(ranked.get(0).reason())
                .isEqualTo("has java 3 (needs 3); 2400 free minutes from 2026-12-07 to 2026-12-11");
    }

    @Test
    void over_allocation_shows_as_negative_free_capacity_and_only_people_are_suggested() {
        Resource ada = named("Ada", 5);
        Resource room = Resource.create(ResourceFixtures.WS, new NewResource("ROOM", "Room 1", null, List.of(), null,
                List.of(), List.of()), io.worklane.domain.Fixtures.NOW);
        List<Suggestion> ranked = AssignmentSuggestions.rank(List.of(), List.of(ada, room),
                List.of(hoursPerWeek(ada, 50, MONDAY, MONDAY.plusDays(6))), Set.of(), MONDAY, FRIDAY);

        assertThat(ranked).extracting(s -> s.resource().name()).containsExactly("Ada");
        assertThat(ranked.get(0).freeMinutes()).isEqualTo(-600);
        assertThat(ranked.get(0).reason()).contains("over-allocated by 600 minutes");
    }
}

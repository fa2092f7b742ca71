package io.worklane.domain.webhook;

import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventTypePatternTest {

    private static EventTypePattern pattern(String value) {
        return EventTypePattern.parse(value, "eventTypes[0]");
    }

    @ParameterizedTest
    @CsvSource({
            "work_item.created, work_item.created,       true",
            "work_item.created, work_item.updated,       false",
            "work_item.created, work_item.created_early, false",
            "work_item.created, work_item,               false",
            "work_item.*,       work_item.created,       true",
            "work_item.*,       work_item.comment.added, true",
            "work_item.*,       work_item,               false",
            "work_item.*,       work_items.created,      false",
            "work_item.*,       project.created,         false",
            "custom.comment.*, custom.comment.added,     true",
            "custom.comment.*, custom.created,           false",
            "*,                 work_item.created,       true",
            "*,                 member.role_changed,     true"})
    void what_a_pattern_matches(String pattern, String eventType, boolean matches) {
        assertThat(pattern(pattern).matches(eventType)).isEqualTo(matches);
    }

    @Test
    void a_subscription_receives_an_event_when_any_of_its_patterns_matches() {
        List<EventTypePattern> patterns = List.of(pattern("project.created"), pattern("work_item.*"));

        assertThat(EventTypePattern.anyMatches(patterns, "work_item.transitioned")).isTrue();
        assertThat(EventTypePattern.anyMatches(patterns, "project.created")).isTrue();
        assertThat(EventTypePattern.anyMatches(patterns, "project.updated")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Work_item.created   | has the segment 'Work_item': segments are lower_snake_case",
            "work-item.created   | has the segment 'work-item'",
            "work_item.1created  | has the segment '1created'",
            "work item.created   | has the segment 'work item'",
            "work_item..created  | has an empty segment",
            ".created            | has an empty segment",
            "work_item.          | has an empty segment",
            "*.created           | has '*' before the end",
            "work_item.*.added   | has '*' before the end",
            "work_item.**        | has '*' inside the segment '**'",
            "work_*              | has '*' inside the segment 'work_*'",
            "work_item.crea*     | has '*' inside the segment 'crea*'"})
    void a_malformed_pattern_is_refused_saying_what_is_wrong(String value, String problem) {
        assertThatThrownBy(() -> pattern(value))
                .isInstanceOfSatisfying(DomainException.class, invalid("eventTypes[0]", "INVALID_FORMAT"))
                .hasMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"work_item.created", "work_item.*", "*", "custom.a", "approval.decided", "custom.y_2.z"})
    void well_formed_patterns_are_kept_as_written(String value) {
        assertThat(pattern(value).value()).isEqualTo(value);
    }

    @Test
    void an_empty_or_overlong_pattern_is_refused() {
        assertThatThrownBy(() -> pattern(""))
                .isInstanceOfSatisfying(DomainException.class, invalid("eventTypes[0]", "REQUIRED"));
        assertThatThrownBy(() -> pattern(null))
                .isInstanceOfSatisfying(DomainException.class, invalid("eventTypes[0]", "REQUIRED"));
        String longest = "custom." + "a".repeat(93);
        assertThat(pattern(longest).value()).isEqualTo(longest);
        assertThatThrownBy(() -> pattern(longest + "a"))
                .isInstanceOfSatisfying(DomainException.class, invalid("eventTypes[0]", "TOO_LONG"));
    }

    @Test
    void a_pattern_no_event_can_match_is_refused_with_the_families() {
        for (String unknown : List.of("invoice.*", "work_item.exploded", "a", "work_item.comment.*")) {
            assertThatThrownBy(() -> pattern(unknown))
                    .isInstanceOfSatisfying(DomainException.class, invalid("eventTypes[0]", "UNKNOWN_EVENT_TYPE"))
                    .hasMessageContaining("work_item.*").hasMessageContaining("custom.*");
        }
    }

    @Test
    void a_list_reports_every_bad_pattern_by_position() {
        List<FieldError> errors = catchThrowableOfType(() -> EventTypePattern.parseAll(
                Arrays.asList("work_item.*", "Project.*", "*", "a..b", null), "eventTypes"), DomainException.class).errors();

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("eventTypes[1]", "eventTypes[3]", "eventTypes[4]");
    }

    @Test
    void a_list_drops_repeats_and_keeps_the_order() {
        assertThat(EventTypePattern.parseAll(List.of("work_item.*", "project.created", "work_item.*"), "eventTypes"))
                .extracting(EventTypePattern::value).containsExactly("work_item.*", "project.created");
    }

    @Test
    void a_list_needs_at_least_one_pattern() {
        assertThatThrownBy(() -> EventTypePattern.parseAll(List.of(), "eventTypes"))
                .isInstanceOfSatisfying(DomainException.class, invalid("eventTypes", "REQUIRED"));
        assertThatThrownBy(() -> EventTypePattern.parseAll(null, "eventTypes"))
                .isInstanceOfSatisfying(DomainException.class, invalid("eventTypes", "REQUIRED"));
    }

    @Test
    void building_a_malformed_pattern_in_code_is_a_bug() {
        assertThatThrownBy(() -> new EventTypePattern("work_*")).isInstanceOf(IllegalArgumentException.class);
    }
}

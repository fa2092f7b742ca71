package io.worklane.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void text_shaped_like_a_key_is_read_as_one_too() {
        SearchQuery q = SearchQuery.of(" ops-12 ", null, "q", "types");
        assertThat(q.text()).isEqualTo("ops-12");
        assertThat(q.keyPrefix()).isEqualTo("OPS");
        assertThat(q.keyNumber()).isEqualTo("12");
        assertThat(q.types()).isEqualTo(EnumSet.allOf(SearchType.class));
        assertThat(SearchQuery.of("onboarding plan", null, "q", "types").keyPrefix()).isNull();
    }

    @Test
    void types_are_read_from_lists_and_commas_and_unknown_ones_are_refused_with_the_allowed_ones() {
        assertThat(SearchQuery.of("x", List.of("work_item, RISK"), "q", "types").types())
                .containsExactlyInAnyOrder(SearchType.WORK_ITEM, SearchType.RISK);
        assertThatThrownBy(() -> SearchQuery.of("x", List.of("WORK_ITEM,GOAL"), "q", "types"))
                .isInstanceOf(DomainException.class).hasMessageContaining("GOAL")
                .hasMessageContaining("WORK_ITEM, COMMENT, PROJECT, RISK");
    }

    @Test
    void blank_and_overlong_text_is_refused_and_a_thousand_characters_is_not() {
        assertThatThrownBy(() -> SearchQuery.of("   ", null, "q", "types")).isInstanceOf(DomainException.class)
                .hasMessageContaining("q is required");
        assertThatThrownBy(() -> SearchQuery.of("a".repeat(1001), null, "q", "types"))
                .hasMessageContaining("at most 1000");
        assertThat(SearchQuery.of("a".repeat(1000), null, "q", "types").text()).hasSize(1000);
    }

    @Test
    void narrowing_to_the_readable_types_keeps_only_those_asked_for() {
        SearchQuery q = SearchQuery.of("x", List.of("PROJECT", "COMMENT"), "q", "types");
        assertThat(q.onlyOf(EnumSet.of(SearchType.WORK_ITEM, SearchType.COMMENT)).types())
                .containsExactly(SearchType.COMMENT);
    }
}

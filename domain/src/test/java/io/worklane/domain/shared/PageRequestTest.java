package io.worklane.domain.shared;

import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PageRequestTest {

    @Test
    void without_a_limit_a_page_has_50_items() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 200})
    void a_limit_from_1_to_200_is_taken_as_given(int limit) {
        assertThat(PageRequest.of(limit, null).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
    void a_limit_outside_1_to_200_is_refused(int limit) {
        assertThatThrownBy(() -> PageRequest.of(limit, null))
                .isInstanceOfSatisfying(DomainException.class, invalid("limit", "OUT_OF_RANGE"));
    }

    @Test
    void the_cursor_is_kept() {
        Cursor after = new Cursor("createdAt", "2025-03-10T09:00:00Z", UUID.randomUUID());

        assertThat(PageRequest.of(10, after).after()).isEqualTo(after);
    }
}

package io.worklane.domain.workitem;

import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkItemSortTest {

    @ParameterizedTest
    @CsvSource({"createdAt, CREATED_ASC, false, false", "-createdAt, CREATED_DESC, true, false",
            "updatedAt, UPDATED_ASC, false, true", "-updatedAt, UPDATED_DESC, true, true"})
    void each_token_names_one_order(String token, WorkItemSort sort, boolean descending, boolean byUpdate) {
        assertThat(WorkItemSort.parse(token)).isEqualTo(sort);
        assertThat(sort.token()).isEqualTo(token);
        assertThat(sort.descending()).isEqualTo(descending);
        assertThat(sort.byUpdate()).isEqualTo(byUpdate);
    }

    @Test
    void without_a_token_the_newest_work_items_come_first() {
        assertThat(WorkItemSort.parse(null)).isEqualTo(WorkItemSort.CREATED_DESC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "title", "CREATED_DESC", "+createdAt", "-priority", "createdat"})
    void an_unknown_token_is_refused(String token) {
        assertThatThrownBy(() -> WorkItemSort.parse(token))
                .isInstanceOfSatisfying(DomainException.class, invalid("sort", "INVALID_VALUE"));
    }
}

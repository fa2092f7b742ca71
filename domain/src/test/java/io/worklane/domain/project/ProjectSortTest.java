package io.worklane.domain.project;

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
class ProjectSortTest {

    @ParameterizedTest
    @CsvSource({"key, KEY_ASC, false", "-key, KEY_DESC, true", "createdAt, CREATED_ASC, false",
            "-createdAt, CREATED_DESC, true"})
    void each_token_names_one_order(String token, ProjectSort sort, boolean descending) {
        assertThat(ProjectSort.parse(token)).isEqualTo(sort);
        assertThat(sort.token()).isEqualTo(token);
        assertThat(sort.descending()).isEqualTo(descending);
    }

    @Test
    void without_a_token_projects_come_oldest_first() {
        assertThat(ProjectSort.parse(null)).isEqualTo(ProjectSort.CREATED_ASC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "name", "KEY", "+key", "updatedAt", "key,createdAt"})
    void an_unknown_token_is_refused(String token) {
        assertThatThrownBy(() -> ProjectSort.parse(token))
                .isInstanceOfSatisfying(DomainException.class, invalid("sort", "INVALID_VALUE"));
    }
}

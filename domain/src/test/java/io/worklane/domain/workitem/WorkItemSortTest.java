package io.worklane.domain.workitem;

import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkItemSortTest {

    @Test
    void several_keys_each_with_a_direction_make_one_order() {
        WorkItemSort sort = WorkItemSort.parse("priority,-dueDate,customFields.cost");
        assertThat(sort.keys()).containsExactly(new WorkItemSort.Key("priority", false),
                new WorkItemSort.Key("dueDate", true), new WorkItemSort.Key("customFields.cost", false));
        assertThat(sort.token()).isEqualTo("priority,-dueDate,customFields.cost");
        assertThat(sort.customKeys()).isEqualTo(List.of("cost"));
        assertThat(sort.descending()).isFalse();
        assertThat(WorkItemSort.parse("-updatedAt")).isEqualTo(WorkItemSort.UPDATED_DESC);
        assertThat(WorkItemSort.parse("rank").token()).isEqualTo("rank");
    }

    @Test
    void without_a_token_the_newest_work_items_come_first() {
        assertThat(WorkItemSort.parse(null)).isEqualTo(WorkItemSort.CREATED_DESC);
        assertThat(WorkItemSort.CREATED_DESC.descending()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "assignee", "CREATED_DESC", "+createdAt", "createdat", "priority,priority",
            "customFields.", "customFields.Bad-Key", "a,b,c,d,e,f", "priority,"})
    void an_unknown_or_repeated_key_is_refused(String token) {
        assertThatThrownBy(() -> WorkItemSort.parse(token))
                .isInstanceOfSatisfying(DomainException.class, invalid("sort", "INVALID_SORT"));
    }
}

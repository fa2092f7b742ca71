package io.worklane.domain.filter;

import static io.worklane.domain.Fixtures.aFullyFilledWorkItem;

import io.worklane.domain.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workitem.WorkItem;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** List filters: their own fields and limits, read in memory through a FilterContext. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ListFilterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static String refusal(String text) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> FilterExpression.parseForList(text, "filter"));
        assertThat(e).as("refusal of %s", text).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILTER);
        return e.getMessage();
    }

    @Test
    void list_fields_are_refused_where_items_are_evaluated_alone() {
        assertThat(catchThrowableOfType(DomainException.class, () -> FilterExpression.parse("blocked = true")))
                .isNotNull();
        assertThat(FilterExpression.parseForList("blocked = true AND assignee = me", "filter").fields())
                .containsExactly("blocked", "assignee");
    }

    @Test
    void lists_allow_ten_levels_and_fifty_conditions() {
        FilterExpression.parseForList("(".repeat(10) + "type = BUG" + ")".repeat(10), "filter");
        assertThat(refusal("(".repeat(11) + "type = BUG" + ")".repeat(11)))
                .isEqualTo("filter: Nesting deeper than 10 levels at position 11; remove some parentheses");
        assertThat(refusal("type = BUG OR ".repeat(50) + "type = TASK")).contains("More than 50 conditions at position");
    }

    @Test
    void references_and_derived_fields_are_read_through_the_context() {
        WorkItem item = aFullyFilledWorkItem().withDates(null, TODAY.minusDays(1), Fixtures.NOW);
        UUID me = item.assigneeIds().get(0);
        FilterContext context = new FilterContext() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public UUID resolve(Ref ref) {
                return ref.kind() == Ref.Kind.ME ? me : null;
            }

            @Override
            public StateCategory statusCategory(WorkItem w) {
                return StateCategory.IN_PROGRESS;
            }
        };
        assertThat(FilterExpression.parseForList("overdue = true AND statusCategory != DONE", "f").matches(item, context))
                .isTrue();
        assertThat(FilterExpression.parseForList("assignee = me AND reporter != me", "f").matches(item, context))
                .isFalse();
        assertThat(FilterExpression.parseForList("assignee = me AND assignee = \"nobody@example.com\"", "f")
                .matches(item, context))
                .isFalse();
        assertThat(FilterExpression.parseForList("assignee != \"nobody@example.com\"", "f").matches(item, context))
                .isTrue();
    }

    @Test
    void custom_fields_must_exist_and_fit_their_type() {
        Map<String, Set<CustomFieldType>> defined = Map.of("cost", EnumSet.of(CustomFieldType.NUMBER),
                "due", EnumSet.of(CustomFieldType.DATE));
        FilterExpression.parseForList("customFields.cost > 10 AND customFields.due < today", "f")
                .checkCustomFields(defined, "f");
        DomainException unknown = catchThrowableOfType(DomainException.class, () -> FilterExpression
                .parseForList("customFields.size = 1", "f").checkCustomFields(defined, "f"));
        assertThat(unknown.getMessage()).isEqualTo("f: Unknown field 'customFields.size' at position 1; "
                + "custom fields of this workspace: customFields.cost, customFields.due");
        DomainException mismatch = catchThrowableOfType(DomainException.class, () -> FilterExpression
                .parseForList("type = BUG OR customFields.due = soon", "f").checkCustomFields(defined, "f"));
        assertThat(mismatch.getMessage()).contains("'customFields.due' is DATE", "position 15", "today+3d");
    }
}

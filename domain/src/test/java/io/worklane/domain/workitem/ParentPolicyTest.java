package io.worklane.domain.workitem;

import static io.worklane.domain.Fixtures.aWorkItemNumbered;
import static io.worklane.domain.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ParentPolicyTest {
    private final WorkItem epic = aWorkItemNumbered(1);
    private final WorkItem story = aWorkItemNumbered(2);
    private final WorkItem task = aWorkItemNumbered(3);
    private final WorkItem unrelated = aWorkItemNumbered(4);

    @Test
    void a_work_item_cannot_be_its_own_parent() {
        assertThatThrownBy(() -> ParentPolicy.ensureNoCycle(epic, epic, List.of()))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.PARENT_CYCLE))
                .hasMessageContaining("ENG-1");
    }

    @Test
    void a_work_item_cannot_go_below_its_own_child() {
        // story is below epic; making story the parent of epic would close the loop
        assertThatThrownBy(() -> ParentPolicy.ensureNoCycle(epic, story, List.of(epic.id())))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.PARENT_CYCLE))
                .hasMessageContaining("ENG-1")
                .hasMessageContaining("ENG-2");
    }

    @Test
    void a_work_item_cannot_go_below_a_descendant_further_down() {
        // task < story < epic: the new parent's ancestors, nearest first, contain the item
        assertThatThrownBy(() -> ParentPolicy.ensureNoCycle(epic, task, List.of(story.id(), epic.id())))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.PARENT_CYCLE))
                .hasMessageContaining("ENG-1")
                .hasMessageContaining("ENG-3");
    }

    @Test
    void an_unrelated_parent_is_fine() {
        assertThatCode(() -> ParentPolicy.ensureNoCycle(task, unrelated, List.of())).doesNotThrowAnyException();
    }

    @Test
    void a_parent_with_other_ancestors_is_fine() {
        assertThatCode(() -> ParentPolicy.ensureNoCycle(task, story, List.of(epic.id(), UUID.randomUUID())))
                .doesNotThrowAnyException();
    }
}

package io.worklane.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worklane.api.application.bulk.BulkOperation;
import io.worklane.api.application.bulk.BulkOperations;
import io.worklane.api.rest.workitem.MergePatchReader;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.Priority;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operations of a bulk change read from their JSON form, with the PATCH's own reader: no database. */
class BulkOperationsTest {
    private final MergePatchReader patches = new MergePatchReader();

    @Test
    void fields_labels_and_a_transition_make_one_change_applied_in_a_fixed_order() {
        BulkOperation op = BulkOperations.parse(List.of(Map.of("transition", "done"),
                Map.of("set", Map.of("priority", "HIGH")), Map.of("addLabels", List.of("a", "b")),
                Map.of("removeLabels", List.of("c"))), patches);
        assertThat(op.set().priority().value()).isEqualTo(Priority.HIGH);
        assertThat(op.set().title().present()).isFalse();
        assertThat(op.addLabels()).containsExactly("a", "b");
        assertThat(op.removeLabels()).containsExactly("c");
        assertThat(op.transition()).isEqualTo("done");
        assertThat(op.delete()).isFalse();
    }

    @Test
    void every_fault_is_refused_at_once_with_the_path_of_each() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> BulkOperations.parse(List.of(
                Map.of("explode", true), Map.of("set", Map.of("colour", "red", "priority", 3)),
                Map.of("transition", "", "delete", true), Map.of("addLabels", List.of())), patches));
        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("operations[0]", "UNKNOWN_OPERATION"),
                org.assertj.core.groups.Tuple.tuple("operations[1].set.colour", "UNKNOWN_FIELD"),
                org.assertj.core.groups.Tuple.tuple("operations[1].set.priority", "INVALID_TYPE"),
                org.assertj.core.groups.Tuple.tuple("operations[2]", "INVALID_OPERATION"),
                org.assertj.core.groups.Tuple.tuple("operations[3].addLabels", "INVALID_OPERATION"));
    }

    @Test
    void delete_goes_alone_and_set_labels_does_not_mix_with_added_ones() {
        assertThat(BulkOperations.parse(List.of(Map.of("delete", true)), patches).delete()).isTrue();
        assertThat(codeOf(List.of(Map.of("delete", true), Map.of("transition", "done")))).isEqualTo("INVALID_OPERATION");
        assertThat(codeOf(List.of(Map.of("set", Map.of("labels", List.of("x"))), Map.of("addLabels", List.of("y")))))
                .isEqualTo("INVALID_OPERATION");
        assertThat(codeOf(List.of())).isEqualTo("REQUIRED");
        assertThat(codeOf(List.of(Map.of("transition", "a"), Map.of("transition", "b")))).isEqualTo("INVALID_OPERATION");
    }

    private String codeOf(List<Map<String, Object>> raw) {
        return catchThrowableOfType(DomainException.class, () -> BulkOperations.parse(raw, patches)).errors().get(0)
                .code();
    }
}

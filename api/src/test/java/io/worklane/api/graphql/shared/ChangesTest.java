package io.worklane.api.graphql.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Update inputs: null leaves a field as it is, clear empties it, both at once is refused. */
class ChangesTest {
    enum Field { DESCRIPTION, DUE_DATE }

    @Test
    void nullLeavesTheFieldAsItIs() {
        assertThat(Changes.of(null, List.of(Field.DUE_DATE), Field.DESCRIPTION, "description"))
                .isEqualTo(Change.absent());
    }

    @Test
    void aValueSetsTheField() {
        assertThat(Changes.of("new", null, Field.DESCRIPTION, "description")).isEqualTo(Change.to("new"));
    }

    @Test
    void clearEmptiesTheField() {
        assertThat(Changes.of(null, List.of(Field.DESCRIPTION), Field.DESCRIPTION, "description"))
                .isEqualTo(Change.to(null));
    }

    @Test
    void aValueAndAClearAreRefusedUnderTheFieldName() {
        assertThatThrownBy(() -> Changes.of("new", List.of(Field.DESCRIPTION), Field.DESCRIPTION, "description"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("description"));
    }
}

package io.worklane.api.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A list's cursor works for that list only (issue #20: another list's cursor is a 400). */
class ListCursorsTest {
    @Test
    void aCursorComesBackToItsOwnList() {
        String bound = ListCursors.bound("listMembers", "abc");
        assertThat(ListCursors.unbound("listMembers", bound)).isEqualTo("abc");
        assertThat(ListCursors.keysetPart(bound)).isEqualTo("abc");
    }

    @Test
    void anotherListsCursorOrAnUnboundOneIsRefused() {
        String bound = ListCursors.bound("listMembers", "abc");
        assertThatThrownBy(() -> ListCursors.unbound("listWorkspaces", bound)).isInstanceOf(DomainException.class)
                .hasMessageContaining("not issued by this list");
        assertThatThrownBy(() -> ListCursors.unbound("listMembers", "abc")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ListCursors.unbound("listMembers", "abd." + bound.substring(4)))
                .isInstanceOf(DomainException.class);
    }
}

package io.worklane.domain.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SavedViewTest {
    private static final Actor ADA = new Actor(Actor.Kind.MEMBER, "ada", "Ada");
    private static final Actor BOB = new Actor(Actor.Kind.MEMBER, "bob", "Bob");
    private static final Actor ADA_KEY = new Actor(Actor.Kind.API_KEY, "ada", "a key with the same id");

    private static ViewDefinition definition(ViewSharing sharing, String filter, String sort) {
        return new ViewDefinition("Mine", sharing, filter, sort, List.of("key", "title"), "status", ViewLayout.BOARD);
    }

    @Test
    void a_private_view_is_its_owners_alone_and_a_shared_one_everyones() {
        SavedView mine = SavedView.create(UUID.randomUUID(), ADA, definition(ViewSharing.PRIVATE, null, null),
                Instant.EPOCH);
        assertThat(mine.isVisibleTo(ADA)).isTrue();
        assertThat(mine.isVisibleTo(BOB)).isFalse();
        assertThat(mine.isVisibleTo(ADA_KEY)).isFalse();
        SavedView shared = mine.change(definition(ViewSharing.WORKSPACE, null, null), Instant.EPOCH);
        assertThat(shared.isVisibleTo(BOB)).isTrue();
        assertThat(shared.owner()).isEqualTo(ADA);
    }

    @Test
    void the_filter_and_the_sort_are_checked_when_saved() {
        assertThatThrownBy(() -> SavedView.create(UUID.randomUUID(), ADA,
                definition(ViewSharing.PRIVATE, "priority >= ", null), Instant.EPOCH))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.INVALID_FILTER));
        assertThatThrownBy(() -> SavedView.create(UUID.randomUUID(), ADA,
                definition(ViewSharing.PRIVATE, null, "-nonsense"), Instant.EPOCH)).isInstanceOf(DomainException.class)
                .hasMessageContaining("nonsense");
        SavedView ok = SavedView.create(UUID.randomUUID(), ADA,
                definition(ViewSharing.PRIVATE, "assignee = me AND priority >= HIGH", "priority,-dueDate"), Instant.EPOCH);
        assertThat(ok.definition().sortOrder().token()).isEqualTo("priority,-dueDate");
    }

    @Test
    void a_view_needs_a_name_a_sharing_and_a_layout() {
        assertThatThrownBy(() -> SavedView.create(UUID.randomUUID(), ADA,
                new ViewDefinition(" ", null, null, null, null, null, null), Instant.EPOCH))
                .isInstanceOf(DomainException.class).hasMessageContaining("name").hasMessageContaining("more");
    }
}

package io.worklane.domain.workitem;

import static io.worklane.domain.Fixtures.ADA_AS_AUTHOR;
import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommentTest {
    private static final UUID WORK_ITEM_ID = aWorkItem().id();

    private static Comment write(String body) {
        return Comment.write(WORKSPACE_ID, WORK_ITEM_ID, body, ADA_AS_AUTHOR, NOW);
    }

    @Test
    void a_new_comment_is_not_edited() {
        Comment comment = write("Looks good to me");

        assertThat(comment.edited()).isFalse();
        assertThat(comment.author()).isEqualTo(ADA_AS_AUTHOR);
        assertThat(comment.workItemId()).isEqualTo(WORK_ITEM_ID);
        assertThat(comment.createdAt()).isEqualTo(NOW);
    }

    @Test
    void a_body_has_1_to_65536_characters() {
        assertThatCode(() -> write("x")).doesNotThrowAnyException();
        assertThatCode(() -> write("x".repeat(65_536))).doesNotThrowAnyException();
        assertThatThrownBy(() -> write("x".repeat(65_537)))
                .isInstanceOfSatisfying(DomainException.class, invalid("body", "TOO_LONG"));
    }

    @Test
    void a_body_of_65536_emoji_is_65536_characters() {
        assertThatCode(() -> write("🙂".repeat(65_536))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\n"})
    void an_empty_body_is_refused(String body) {
        assertThatThrownBy(() -> write(body))
                .isInstanceOfSatisfying(DomainException.class, invalid("body", "REQUIRED"));
    }

    @Test
    void an_edit_replaces_the_body_and_marks_the_comment_edited() {
        Comment original = write("Looks good");

        Comment edited = original.edit("Looks good, once the tests pass", LATER);

        assertThat(edited.body()).isEqualTo("Looks good, once the tests pass");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.id()).isEqualTo(original.id());
        assertThat(edited.author()).isEqualTo(ADA_AS_AUTHOR);
        assertThat(edited.createdAt()).isEqualTo(NOW);
        assertThat(edited.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void an_edit_is_checked_like_a_new_comment() {
        Comment comment = write("Looks good");

        assertThatThrownBy(() -> comment.edit(" ", LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("body", "REQUIRED"));
        assertThatThrownBy(() -> comment.edit("x".repeat(65_537), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("body", "TOO_LONG"));
    }
}

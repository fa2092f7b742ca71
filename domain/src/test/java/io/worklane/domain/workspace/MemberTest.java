package io.worklane.domain.workspace;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MemberTest {

    private static Member ada() {
        return Member.add(WORKSPACE_ID, "ada@example.com", "Ada Lovelace", MemberRole.MEMBER, NOW);
    }

    @Test
    void an_email_is_kept_trimmed_and_in_lower_case() {
        Member member = Member.add(WORKSPACE_ID, "  Ada.Lovelace@Example.COM ", "Ada", MemberRole.MEMBER, NOW);

        assertThat(member.email()).isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void without_a_display_name_the_email_is_shown() {
        Member member = Member.add(WORKSPACE_ID, "Ada@Example.com", null, MemberRole.VIEWER, NOW);

        assertThat(member.displayName()).isEqualTo("ada@example.com");
    }

    @Test
    void a_new_member_is_not_yet_linked_to_a_sign_in() {
        Member member = ada();

        assertThat(member.subject()).isNull();
        assertThat(member.workspaceId()).isEqualTo(WORKSPACE_ID);
        assertThat(member.role()).isEqualTo(MemberRole.MEMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada lovelace@example.com",
            "ada@@example.com", "ada@exa mple.com", ""})
    void an_invalid_email_is_refused(String email) {
        assertThatThrownBy(() -> Member.add(WORKSPACE_ID, email, "Ada", MemberRole.MEMBER, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("email"));
    }

    @Test
    void an_email_is_required() {
        assertThatThrownBy(() -> Member.add(WORKSPACE_ID, null, "Ada", MemberRole.MEMBER, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("email", "REQUIRED"));
    }

    @Test
    void an_email_has_at_most_254_characters() {
        String tooLong = "a".repeat(243) + "@example.com";

        assertThatThrownBy(() -> Member.add(WORKSPACE_ID, tooLong, "Ada", MemberRole.MEMBER, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("email", "TOO_LONG"));
    }

    @Test
    void a_role_is_required() {
        assertThatThrownBy(() -> Member.add(WORKSPACE_ID, "ada@example.com", "Ada", null, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("role", "REQUIRED"));
    }

    @Test
    void a_change_sets_display_name_and_role_but_keeps_the_email() {
        Member after = ada().change(Change.to("Countess Lovelace"), Change.to(MemberRole.ADMIN), LATER);

        assertThat(after.email()).isEqualTo("ada@example.com");
        assertThat(after.displayName()).isEqualTo("Countess Lovelace");
        assertThat(after.role()).isEqualTo(MemberRole.ADMIN);
        assertThat(after.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_change_cannot_remove_the_role() {
        assertThatThrownBy(() -> ada().change(Change.absent(), Change.to(null), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("role", "REQUIRED"));
    }
}

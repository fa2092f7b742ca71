package io.worklane.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScopeGrantTest {

    @Test
    void a_key_grants_what_it_holds() {
        assertThat(ScopeGrant.notHeld(List.of(Scope.PROJECTS_READ), Set.of(Scope.PROJECTS_READ, Scope.API_KEYS_WRITE)))
                .isEmpty();
    }

    @Test
    void a_write_scope_covers_its_read_scope_but_not_the_reverse() {
        assertThat(ScopeGrant.notHeld(List.of(Scope.WORK_ITEMS_READ), Set.of(Scope.WORK_ITEMS_WRITE))).isEmpty();
        assertThat(ScopeGrant.notHeld(List.of(Scope.WORK_ITEMS_WRITE), Set.of(Scope.WORK_ITEMS_READ)))
                .containsExactly(Scope.WORK_ITEMS_WRITE);
    }

    @Test
    void admin_covers_every_scope() {
        assertThat(ScopeGrant.notHeld(List.of(Scope.values()), Set.of(Scope.ADMIN))).isEmpty();
    }

    @Test
    void the_missing_scopes_are_listed_in_scope_order() {
        assertThat(ScopeGrant.notHeld(List.of(Scope.ADMIN, Scope.MEMBERS_WRITE, Scope.PROJECTS_READ, Scope.ADMIN),
                Set.of(Scope.PROJECTS_WRITE))).containsExactly(Scope.MEMBERS_WRITE, Scope.ADMIN);
    }

    @Test
    void the_refusal_is_insufficient_scope_naming_what_is_missing() {
        assertThatThrownBy(() -> ScopeGrant.ensureHeld(List.of(Scope.WEBHOOKS_WRITE, Scope.WORKSPACE_READ),
                Set.of(Scope.WORKSPACE_READ), "grant"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_SCOPE);
                    assertThat(e.getMessage()).contains("grant", "webhooks:write").doesNotContain("workspace:read");
                });
        assertThatCode(() -> ScopeGrant.ensureHeld(List.of(), Set.of(), "grant")).doesNotThrowAnyException();
    }
}

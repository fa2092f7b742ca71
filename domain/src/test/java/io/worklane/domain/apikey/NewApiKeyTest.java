package io.worklane.domain.apikey;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NewApiKeyTest {
    private static final Actor CREATOR = new Actor(Actor.Kind.API_KEY, "0195a2b0-0000-7000-8000-0000000000c0", "CI");

    private static List<FieldError> refusalOf(String name, List<String> scopes, Instant expiresAt) {
        try {
            NewApiKey.of(name, scopes, expiresAt, NOW);
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            return e.errors();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void a_valid_request_keeps_its_name_scopes_and_expiry() {
        NewApiKey wanted = NewApiKey.of("  Billing sync ", List.of("work_items:write", "projects:read"), LATER, NOW);

        assertThat(wanted.name()).isEqualTo("Billing sync");
        assertThat(wanted.scopes()).containsExactly(Scope.PROJECTS_READ, Scope.WORK_ITEMS_WRITE);
        assertThat(wanted.expiresAt()).isEqualTo(LATER);
    }

    @Test
    void repeated_scopes_count_once() {
        assertThat(NewApiKey.of("x", List.of("admin", "admin"), null, NOW).scopes()).containsExactly(Scope.ADMIN);
    }

    @Test
    void an_unknown_scope_is_named_with_its_position() {
        List<FieldError> errors = refusalOf("x", List.of("projects:read", "projects:delete", "ADMIN"), null);

        assertThat(errors).extracting(FieldError::field).containsExactly("scopes[1]", "scopes[2]");
        assertThat(errors).extracting(FieldError::code).containsOnly("UNKNOWN_SCOPE");
        assertThat(errors.get(0).message()).contains("'projects:delete'", "work_items:read");
    }

    @Test
    void an_overlong_unknown_scope_is_shown_shortened() {
        String message = refusalOf("x", List.of("s".repeat(5_000)), null).get(0).message();

        assertThat(message).contains("s".repeat(50) + "…").doesNotContain("s".repeat(51));
    }

    @Test
    void a_null_scope_is_unknown() {
        assertThat(refusalOf("x", Arrays.asList("admin", null), null))
                .extracting(FieldError::field, FieldError::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("scopes[1]", "UNKNOWN_SCOPE"));
    }

    @Test
    void at_least_one_scope_is_required() {
        assertThat(refusalOf("x", List.of(), null)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("scopes", "REQUIRED"));
        assertThat(refusalOf("x", null, null)).extracting(FieldError::field).containsExactly("scopes");
    }

    @Test
    void the_expiry_must_lie_in_the_future() {
        assertThat(refusalOf("x", List.of("admin"), NOW)).extracting(FieldError::code).containsExactly("IN_THE_PAST");
        assertThat(refusalOf("x", List.of("admin"), NOW.minusSeconds(1))).extracting(FieldError::field)
                .containsExactly("expiresAt");
        assertThat(NewApiKey.of("x", List.of("admin"), NOW.plusMillis(1), NOW).expiresAt()).isAfter(NOW);
    }

    @Test
    void an_expiry_beyond_what_can_be_stored_is_refused() {
        assertThat(refusalOf("x", List.of("admin"), Instant.parse("+10000-01-01T00:00:00Z")))
                .extracting(FieldError::code).containsExactly("OUT_OF_RANGE");
        assertThat(NewApiKey.of("x", List.of("admin"), NewApiKey.LATEST_EXPIRY, NOW).expiresAt())
                .isEqualTo(NewApiKey.LATEST_EXPIRY);
    }

    @Test
    void the_name_is_required_and_at_most_200_characters() {
        assertThat(refusalOf(null, List.of("admin"), null)).extracting(FieldError::code).containsExactly("REQUIRED");
        assertThat(refusalOf(" \t ", List.of("admin"), null)).extracting(FieldError::field).containsExactly("name");
        assertThat(refusalOf("x".repeat(201), List.of("admin"), null)).extracting(FieldError::code)
                .containsExactly("TOO_LONG");
        assertThat(NewApiKey.of("😀".repeat(200), List.of("admin"), null, NOW).name()).hasSize(400);
    }

    @Test
    void every_fault_is_reported_at_once() {
        assertThat(refusalOf("", List.of("nope"), NOW.minusSeconds(5))).extracting(FieldError::field)
                .containsExactly("name", "scopes[0]", "expiresAt");
    }

    @Test
    void issuing_gives_a_fresh_secret_whose_hash_and_prefix_the_key_keeps() {
        IssuedApiKey issued = NewApiKey.of("CI", List.of("work_items:read"), LATER, NOW).issue(WORKSPACE_ID, CREATOR, NOW);
        ApiKey key = issued.key();

        assertThat(issued.secret().hasValidChecksum()).isTrue();
        assertThat(key.hash()).isEqualTo(issued.secret().hash());
        assertThat(key.prefix()).isEqualTo(issued.secret().displayPrefix());
        assertThat(key.workspaceId()).isEqualTo(WORKSPACE_ID);
        assertThat(key.scopes()).containsExactly("work_items:read");
        assertThat(key.createdBy()).isEqualTo(CREATOR);
        assertThat(key.createdAt()).isEqualTo(NOW);
        assertThat(key.expiresAt()).isEqualTo(LATER);
        assertThat(key.instanceAdmin()).isFalse();
        assertThat(key.revokedAt()).isNull();
        assertThat(key.lastUsedAt()).isNull();
        assertThat(key.rotatedFromId()).isNull();
        assertThat(issued.toString()).doesNotContain(issued.secret().value());
    }

    @Test
    void an_issued_key_needs_its_secret() {
        ApiKey key = NewApiKey.of("CI", List.of("admin"), null, NOW).issue(WORKSPACE_ID, CREATOR, NOW).key();

        assertThatThrownBy(() -> new IssuedApiKey(key, null)).isInstanceOf(NullPointerException.class);
    }
}

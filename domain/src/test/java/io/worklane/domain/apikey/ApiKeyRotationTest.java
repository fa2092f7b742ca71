package io.worklane.domain.apikey;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApiKeyRotationTest {
    private static final Actor ROTATOR = new Actor(Actor.Kind.API_KEY, "0195a2b0-0000-7000-8000-0000000000r0", "Ops");
    private static final Duration DAY = Duration.ofHours(24);

    private static ApiKey aKeyExpiringAt(Instant expiresAt) {
        return NewApiKey.of("Billing sync", List.of("work_items:write", "projects:read"), expiresAt, NOW.minusSeconds(60))
                .issue(WORKSPACE_ID, Actor.SYSTEM, NOW.minusSeconds(60)).key();
    }

    private static String refusalCode(ApiKey key, Instant at) {
        try {
            ApiKeyRotation.of(key, ROTATOR, at, DAY);
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors().get(0).field()).isEqualTo("keyId");
            return e.errors().get(0).code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void the_successor_has_a_new_secret_and_the_same_name_scopes_and_expiry() {
        ApiKey old = aKeyExpiringAt(NOW.plus(Duration.ofDays(90)));

        ApiKeyRotation rotation = ApiKeyRotation.of(old, ROTATOR, NOW, DAY);
        ApiKey successor = rotation.successor();

        assertThat(successor.id()).isNotEqualTo(old.id());
        assertThat(successor.hash()).isNotEqualTo(old.hash()).isEqualTo(rotation.secret().hash());
        assertThat(successor.prefix()).isEqualTo(rotation.secret().displayPrefix());
        assertThat(successor.workspaceId()).isEqualTo(old.workspaceId());
        assertThat(successor.name()).isEqualTo(old.name());
        assertThat(successor.scopes()).isEqualTo(old.scopes());
        assertThat(successor.expiresAt()).isEqualTo(old.expiresAt());
        assertThat(successor.rotatedFromId()).isEqualTo(old.id());
        assertThat(successor.createdBy()).isEqualTo(ROTATOR);
        assertThat(successor.createdAt()).isEqualTo(NOW);
        assertThat(rotation.issued().key()).isEqualTo(successor);
    }

    @Test
    void the_old_key_works_on_for_the_overlap() {
        ApiKey old = aKeyExpiringAt(null);

        ApiKey predecessor = ApiKeyRotation.of(old, ROTATOR, NOW, DAY).predecessor();

        assertThat(predecessor.id()).isEqualTo(old.id());
        assertThat(predecessor.expiresAt()).isEqualTo(NOW.plus(DAY));
        assertThat(predecessor.isUsableAt(NOW.plus(DAY).minusSeconds(1))).isTrue();
        assertThat(predecessor.isUsableAt(NOW.plus(DAY))).isFalse();
    }

    @Test
    void an_old_key_expiring_within_the_overlap_keeps_its_earlier_expiry() {
        ApiKey old = aKeyExpiringAt(LATER);

        assertThat(ApiKeyRotation.of(old, ROTATOR, NOW, DAY).predecessor().expiresAt()).isEqualTo(LATER);
    }

    @Test
    void a_zero_overlap_ends_the_old_key_at_once() {
        ApiKey predecessor = ApiKeyRotation.of(aKeyExpiringAt(null), ROTATOR, NOW, Duration.ZERO).predecessor();

        assertThat(predecessor.isUsableAt(NOW)).isFalse();
    }

    @Test
    void a_revoked_or_expired_key_is_not_rotated() {
        assertThat(refusalCode(aKeyExpiringAt(null).revokedAt(NOW.minusSeconds(1)), NOW)).isEqualTo("API_KEY_REVOKED");
        assertThat(refusalCode(aKeyExpiringAt(LATER), LATER)).isEqualTo("API_KEY_EXPIRED");
    }

    @Test
    void a_negative_overlap_is_a_configuration_error() {
        assertThatThrownBy(() -> ApiKeyRotation.of(aKeyExpiringAt(null), ROTATOR, NOW, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_refusals_found_by_the_store_name_the_key() {
        java.util.UUID id = aKeyExpiringAt(null).id();

        assertThat(ApiKeyRotation.alreadyRotated(id).errors().get(0).code()).isEqualTo("API_KEY_ALREADY_ROTATED");
        assertThat(ApiKeyRotation.alreadyRotated(id).getMessage()).contains(id.toString());
        assertThat(ApiKeyRotation.noLongerUsable(id).errors().get(0).code()).isEqualTo("API_KEY_REVOKED");
    }
}

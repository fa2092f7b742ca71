package io.worklane.domain.apikey;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApiKeyTest {

    private static ApiKey aKey(Instant expiresAt, Instant revokedAt) {
        ApiKeySecret secret = ApiKeySecret.generate();
        return new ApiKey(UUID.randomUUID(), WORKSPACE_ID, "CI", secret.displayPrefix(), secret.hash(),
                Set.of("work_items:read"), false, NOW, expiresAt, revokedAt);
    }

    @Test
    void a_key_without_expiry_or_revocation_is_usable() {
        assertThat(aKey(null, null).isUsableAt(LATER)).isTrue();
    }

    @Test
    void a_key_is_usable_until_it_expires() {
        ApiKey expiresLater = aKey(LATER, null);

        assertThat(expiresLater.isUsableAt(NOW)).isTrue();
        assertThat(expiresLater.isUsableAt(LATER)).isFalse();
        assertThat(expiresLater.isUsableAt(LATER.plusSeconds(1))).isFalse();
    }

    @Test
    void a_revoked_key_is_not_usable() {
        assertThat(aKey(null, NOW).isUsableAt(LATER)).isFalse();
        assertThat(aKey(LATER.plusSeconds(3_600), NOW).isUsableAt(LATER)).isFalse();
    }
}

package io.worklane.api.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.shared.Ids;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The configured instance-administrator key (WORKLANE_BOOTSTRAP_ADMIN_KEY) is stored by every server that
 * starts with it: servers starting at once on one database must not fail on each other's insert, and a
 * configured key found revoked is made usable again, since the operator asked for it.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ConfiguredAdminKeyTest {
    @Inject
    ApiKeys apiKeys;

    @Test
    void serversStoringTheSameConfiguredKeyAtOnceBothSucceed() {
        ApiKeySecret secret = ApiKeySecret.generate();
        Uni.join().all(apiKeys.upsertInstanceAdmin(adminKey(secret, null)),
                apiKeys.upsertInstanceAdmin(adminKey(secret, null))).andFailFast().await().indefinitely();

        assertThat(apiKeys.findByHash(secret.hash()).await().indefinitely())
                .hasValueSatisfying(key -> assertThat(key.isUsableAt(Instant.now())).isTrue());
    }

    @Test
    void aConfiguredKeyFoundRevokedIsUsableAgain() {
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.insert(adminKey(secret, Instant.now().minusSeconds(60))).await().indefinitely();

        apiKeys.upsertInstanceAdmin(adminKey(secret, null)).await().indefinitely();

        assertThat(apiKeys.findByHash(secret.hash()).await().indefinitely())
                .hasValueSatisfying(key -> assertThat(key.isUsableAt(Instant.now())).isTrue());
    }

    private static ApiKey adminKey(ApiKeySecret secret, Instant revokedAt) {
        return new ApiKey(Ids.newId(), null, "configured admin test", secret.displayPrefix(), secret.hash(),
                Set.of("admin"), true, Instant.now().truncatedTo(ChronoUnit.MICROS), null,
                revokedAt == null ? null : revokedAt.truncatedTo(ChronoUnit.MICROS));
    }
}

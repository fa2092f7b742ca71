package io.worklane.domain.webhook;

import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookSecretTest {
    /** The secret of the Standard Webhooks specification's test vector: 32 base64 characters, 24 bytes. */
    static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static String whsecOf(int bytes) {
        return "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    @Test
    void a_generated_secret_is_whsec_and_the_base64_of_32_random_bytes() {
        WebhookSecret secret = WebhookSecret.generate();

        assertThat(secret.reveal()).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(secret.key()).hasSize(32);
        assertThat(WebhookSecret.parse(secret.reveal())).isEqualTo(secret);
    }

    @Test
    void generated_secrets_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(WebhookSecret.generate().reveal());
        }

        assertThat(seen).hasSize(1_000);
    }

    @Test
    void the_specification_secret_reads_as_24_bytes_and_prints_back_the_same() {
        WebhookSecret secret = WebhookSecret.parse(SPEC_SECRET);

        assertThat(secret.key()).hasSize(24).startsWith(0x31, 0xf2, 0x90);
        assertThat(secret.reveal()).isEqualTo(SPEC_SECRET);
    }

    @Test
    void keys_of_24_and_64_bytes_are_the_bounds() {
        assertThat(WebhookSecret.parse(whsecOf(24)).key()).hasSize(24);
        assertThat(WebhookSecret.parse(whsecOf(64)).key()).hasSize(64);
        assertThatThrownBy(() -> WebhookSecret.parse(whsecOf(23)))
                .isInstanceOfSatisfying(DomainException.class, invalid("secret", "TOO_SHORT"))
                .hasMessageContaining("at least 24 bytes, not 23");
        assertThatThrownBy(() -> WebhookSecret.parse(whsecOf(65)))
                .isInstanceOfSatisfying(DomainException.class, invalid("secret", "TOO_LONG"))
                .hasMessageContaining("at most 64 bytes, not 65");
    }

    @Test
    void a_missing_secret_is_required() {
        assertThatThrownBy(() -> WebhookSecret.parse(null))
                .isInstanceOfSatisfying(DomainException.class, invalid("secret", "REQUIRED"));
        assertThatThrownBy(() -> WebhookSecret.parse("  "))
                .isInstanceOfSatisfying(DomainException.class, invalid("secret", "REQUIRED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLa!w", "whsec_MfKQ9r8GKYqrTwjU PD8ILPZIo2LaLaSw",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLa-_"})
    void anything_but_whsec_and_standard_base64_is_malformed(String value) {
        assertThatThrownBy(() -> WebhookSecret.parse(value))
                .isInstanceOfSatisfying(DomainException.class, invalid("secret", "INVALID_FORMAT"));
    }

    @Test
    void the_key_handed_out_is_a_copy() {
        WebhookSecret secret = WebhookSecret.parse(SPEC_SECRET);
        secret.key()[0] = 0;

        assertThat(secret.reveal()).isEqualTo(SPEC_SECRET);
    }

    @Test
    void printing_a_secret_does_not_reveal_it() {
        WebhookSecret secret = WebhookSecret.parse(SPEC_SECRET);

        assertThat(secret.toString()).isEqualTo("whsec_…");
        assertThat(String.valueOf(List.of(secret))).doesNotContain("MfKQ9r8GKYqr");
    }
}

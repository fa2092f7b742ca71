package io.worklane.domain.apikey;

import io.worklane.domain.shared.Sha256;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApiKeySecretTest {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    @Test
    void a_generated_key_is_wl_then_40_random_and_6_checksum_characters() {
        ApiKeySecret secret = ApiKeySecret.generate();

        assertThat(secret.value()).startsWith("wl_").hasSize(49).matches("wl_[0-9A-Za-z]{46}");
        assertThat(secret.hasValidChecksum()).isTrue();
    }

    @Test
    void generated_keys_never_repeat() {
        Set<String> values = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ApiKeySecret secret = ApiKeySecret.generate();
            assertThat(secret.hasValidChecksum()).isTrue();
            values.add(secret.value());
            hashes.add(secret.hash());
        }

        assertThat(values).hasSize(10_000);
        assertThat(hashes).hasSize(10_000);
    }

    @Test
    void the_hash_is_the_sha_256_of_the_key_in_hex() throws Exception {
        ApiKeySecret secret = ApiKeySecret.generate();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.value().getBytes(StandardCharsets.UTF_8)));

        assertThat(secret.hash()).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void the_hash_matches_the_published_sha_256_test_vector() {
        assertThat(Sha256.hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void changing_any_one_character_breaks_the_checksum() {
        String value = ApiKeySecret.generate().value();
        for (int i = 0; i < value.length(); i++) {
            char original = value.charAt(i);
            char replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + 1 + ALPHABET.length()) % ALPHABET.length());
            String changed = value.substring(0, i) + replacement + value.substring(i + 1);

            assertThat(new ApiKeySecret(changed).hasValidChecksum()).as("changed at position %d", i).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wl_", "my-admin-key", "wl_tooShort123",
            "xx_0123456789012345678901234567890123456789ABCDEF"})
    void a_key_this_server_did_not_generate_has_no_valid_checksum(String value) {
        assertThat(new ApiKeySecret(value).hasValidChecksum()).isFalse();
    }

    @Test
    void the_display_prefix_shows_wl_and_8_characters_only() {
        ApiKeySecret secret = ApiKeySecret.generate();

        assertThat(secret.displayPrefix()).hasSize(11).startsWith("wl_");
        assertThat(secret.value()).startsWith(secret.displayPrefix());
        assertThat(secret.displayPrefix()).isNotEqualTo(secret.value());
    }

    @Test
    void printing_a_key_does_not_reveal_it() {
        ApiKeySecret secret = ApiKeySecret.generate();

        assertThat(secret.toString())
                .doesNotContain(secret.value())
                .doesNotContain(secret.value().substring(11))
                .startsWith(secret.displayPrefix());
        assertThat(String.valueOf(java.util.List.of(secret))).doesNotContain(secret.value());
    }
}

package io.worklane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedTokenTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");

    @Test
    void aTokenCarriesItsFieldsUntilItExpires() {
        String token = SignedToken.sign(SECRET, "download", List.of("ws", "att"), NOW.plusSeconds(300));

        assertThat(SignedToken.verify(SECRET, "download", token, NOW)).contains(List.of("ws", "att"));
        assertThat(SignedToken.verify(SECRET, "download", token, NOW.plusSeconds(299))).isPresent();
        assertThat(SignedToken.verify(SECRET, "download", token, NOW.plusSeconds(300))).isEmpty();
    }

    @Test
    void anotherSecretPurposeOrAnyChangedCharacterIsRefused() {
        String token = SignedToken.sign(SECRET, "download", List.of("ws", "att"), NOW.plusSeconds(300));
        String other = SignedToken.sign(SECRET, "download", List.of("ws", "other"), NOW.plusSeconds(300));

        assertThat(SignedToken.verify("another secret of 32 bytes......".getBytes(), "download", token, NOW)).isEmpty();
        assertThat(SignedToken.verify(SECRET, "unsubscribe", token, NOW)).isEmpty();
        String swapped = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(SignedToken.verify(SECRET, "download", swapped, NOW)).isEmpty();
        for (String broken : List.of(token + "A", "x" + token, token.replace('.', '_'), "", "a.b.c")) {
            assertThat(SignedToken.verify(SECRET, "download", broken, NOW)).as(broken).isEmpty();
        }
        assertThat(SignedToken.verify(SECRET, "download", null, NOW)).isEmpty();
    }
}

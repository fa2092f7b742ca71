package io.worklane.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.persistence.shared.secrets.SecretBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sealing itself (ADR 0044) and the embedded default's key file, without a server. */
class SecretBoxTest {
    private static final byte[] A = key(1);
    private static final byte[] B = key(2);

    @Test
    void a_sealed_secret_opens_only_with_its_key_and_in_its_context() {
        SecretBox box = new SecretBox(A, List.of());
        String sealed = box.seal("whsec_c2VjcmV0", "webhook_subscriptions.secret:1");
        assertThat(sealed).startsWith("enc:v1:" + SecretBox.keyId(A) + ":").doesNotContain("c2VjcmV0");
        assertThat(box.seal("whsec_c2VjcmV0", "webhook_subscriptions.secret:1")).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(box.open(sealed, "webhook_subscriptions.secret:1")).isEqualTo("whsec_c2VjcmV0");
        assertThatThrownBy(() -> box.open(sealed, "webhook_subscriptions.secret:2")).hasMessageContaining("altered");
        int colon = sealed.lastIndexOf(':');
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed.substring(colon + 1));
        bytes[bytes.length - 1] ^= 1;
        String tampered = sealed.substring(0, colon + 1) + java.util.Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> box.open(tampered, "webhook_subscriptions.secret:1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox(B, List.of()).open(sealed, "webhook_subscriptions.secret:1"))
                .hasMessageContaining(SecretBox.keyId(A)).hasMessageContaining("WORKLANE_SECRETS_PREVIOUS_KEY");
    }

    @Test
    void after_rotation_old_values_open_with_the_previous_key_and_are_not_current() {
        String old = new SecretBox(A, List.of()).seal("s", "c");
        SecretBox rotated = new SecretBox(B, List.of(A));
        assertThat(rotated.open(old, "c")).isEqualTo("s");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.isCurrent(rotated.seal("s", "c"))).isTrue();
        assertThat(rotated.open("whsec_plain", "c")).as("a value from before encryption").isEqualTo("whsec_plain");
    }

    @Test
    void the_embedded_default_generates_its_key_once_readable_by_its_owner_only(@TempDir Path dataDir) throws Exception {
        byte[] first = SecretsKeyring.generatedIn(dataDir);
        Path file = dataDir.resolve("secrets.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first).hasSize(32);
        assertThat(SecretsKeyring.generatedIn(dataDir)).as("read back, not made again").isEqualTo(first);
        assertThatThrownBy(() -> SecretsKeyring.decode("c2hvcnQ=", "WORKLANE_SECRETS_KEY"))
                .hasMessageContaining("openssl rand -base64 32");
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }
}

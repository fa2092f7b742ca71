package io.worklane.api.config;

import io.quarkus.runtime.StartupEvent;
import io.worklane.persistence.shared.secrets.SecretBox;
import io.worklane.persistence.shared.secrets.SecretsResealing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The key that seals stored secrets (ADR 0044): WORKLANE_SECRETS_KEY, else the file WORKLANE_SECRETS_KEY_FILE
 * names, else (the embedded default) {@code <data dir>/secrets.key}, generated on first start with mode 0600.
 * At start-up every stored secret not sealed under it is sealed again: plaintext ones from before
 * encryption, and ones under WORKLANE_SECRETS_PREVIOUS_KEY.
 */
@ApplicationScoped
public class SecretsKeyring {
    private static final Logger LOG = Logger.getLogger(SecretsKeyring.class);
    public static final String FILE_NAME = "secrets.key";

    @Produces
    @Singleton
    SecretBox box(WorklaneConfig config) {
        WorklaneConfig.Secrets s = config.secrets();
        byte[] current = s.key().filter(k -> !k.isBlank()).map(k -> decode(k, "WORKLANE_SECRETS_KEY"))
                .orElseGet(() -> s.keyFile().filter(f -> !f.isBlank()).map(f -> fromFile(Path.of(f)))
                        .orElseGet(() -> generatedIn(Path.of(config.dataDir()))));
        List<byte[]> previous = s.previousKey().filter(k -> !k.isBlank())
                .map(k -> List.of(decode(k, "WORKLANE_SECRETS_PREVIOUS_KEY"))).orElse(List.of());
        return new SecretBox(current, previous);
    }

    /**
     * Seals what is not sealed under the current key. Until it has, plaintext values are still read as
     * they are, so an upgrade loses no webhook; a value under an unknown key stops the start with its id.
     */
    void resealAtStart(@Observes StartupEvent started, SecretBox box, SecretsResealing resealing) {
        int sealed = resealing.reseal(box).await().atMost(Duration.ofMinutes(10));
        if (sealed > 0) {
            LOG.infof("Sealed %d stored secret(s) under key %s", sealed, box.currentKeyId());
        }
    }

    /** 32 bytes in base64, or a refusal that names the setting and says how to make one. */
    public static byte[] decode(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new IllegalStateException(setting + " must be 32 random bytes in base64 (44 characters; make one with"
                    + " 'openssl rand -base64 32')");
        }
        return key;
    }

    private static byte[] fromFile(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "The key in " + file
                    + " (WORKLANE_SECRETS_KEY_FILE)");
        } catch (IOException e) {
            throw new UncheckedIOException("WORKLANE_SECRETS_KEY_FILE: cannot read " + file, e);
        }
    }

    /** The embedded default's key: read from the data directory, or made there readable by its owner only. */
    static byte[] generatedIn(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                LOG.infof("Generated the key that seals stored secrets: %s (back it up with the data)", file);
                return key;
            }
        } catch (FileAlreadyExistsException e) {
            // another process made it first: read theirs
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the secrets key to " + file
                    + "; set WORKLANE_SECRETS_KEY or WORKLANE_SECRETS_KEY_FILE", e);
        }
        return fromFile(file);
    }
}

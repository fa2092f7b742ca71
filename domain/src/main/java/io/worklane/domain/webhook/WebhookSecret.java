package io.worklane.domain.webhook;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The signing secret of one subscription: {@code whsec_} + standard base64 of 24 to 64 random
 * bytes, the range the Standard Webhooks specification allows (192 to 512 bits). Shown to the
 * client once, at creation; {@link #toString()} never reveals it, so it cannot leak into logs.
 */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(key);
    }

    /** Reads a secret in its {@code whsec_<base64>} form, refusing anything else as VALIDATION_FAILED on "secret". */
    public static WebhookSecret parse(String value) {
        if (value == null || value.isBlank()) {
            throw refused("REQUIRED", "is required");
        }
        if (!value.startsWith(PREFIX)) {
            throw refused("INVALID_FORMAT", "must start with " + PREFIX + " followed by base64");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw refused("INVALID_FORMAT",
                    "must be " + PREFIX + " followed by standard base64 (A-Z, a-z, 0-9, + and /)");
        }
        if (key.length < MIN_BYTES) {
            throw refused("TOO_SHORT", "must decode to at least " + MIN_BYTES + " bytes, not " + key.length);
        }
        if (key.length > MAX_BYTES) {
            throw refused("TOO_LONG", "must decode to at most " + MAX_BYTES + " bytes, not " + key.length);
        }
        return new WebhookSecret(key);
    }

    private static DomainException refused(String code, String message) {
        return DomainException.validation(List.of(new FieldError("secret", code, message)));
    }

    /** The HMAC key: a copy, so no caller can change the secret in place. */
    public byte[] key() {
        return key.clone();
    }

    /** The full secret as the client sees it once; store it encrypted, never log it. */
    public String reveal() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}

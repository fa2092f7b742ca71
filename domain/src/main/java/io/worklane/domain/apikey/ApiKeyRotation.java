package io.worklane.domain.apikey;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Policy: rotating a key issues a successor with a new secret and the same workspace, name, scopes
 * and expiry, and lets the old key work on for an overlap so that its users can switch without
 * downtime: the old key then expires at the end of the overlap, or earlier if it already would.
 * Only a usable key is rotated, and only once (the successor is rotated next time).
 *
 * @param predecessor the old key with its shortened expiry
 * @param successor   the new key, pointing back to the old one
 * @param secret      the successor's secret, shown once
 */
public record ApiKeyRotation(ApiKey predecessor, ApiKey successor, ApiKeySecret secret) {
    static final String FIELD = "keyId";

    public static ApiKeyRotation of(ApiKey current, Actor by, Instant now, Duration overlap) {
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("the rotation overlap must not be negative");
        }
        if (current.revokedAt() != null) {
            throw refusal("API_KEY_REVOKED", "The key " + current.prefix() + "… is revoked and cannot be rotated."
                    + " Create a new key instead.");
        }
        if (!current.isUsableAt(now)) {
            throw refusal("API_KEY_EXPIRED", "The key " + current.prefix() + "… has expired and cannot be rotated."
                    + " Create a new key instead.");
        }
        Instant overlapEnd = now.plus(overlap);
        Instant oldExpiry = current.expiresAt() != null && current.expiresAt().isBefore(overlapEnd)
                ? current.expiresAt() : overlapEnd;
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey successor = new ApiKey(Ids.newId(), current.workspaceId(), current.name(), secret.displayPrefix(),
                secret.hash(), current.scopes(), false, by, now, current.expiresAt(), null, null, current.id());
        return new ApiKeyRotation(current.expiringAt(oldExpiry), successor, secret);
    }

    /** The successor with its secret, as the caller gets it. */
    public IssuedApiKey issued() {
        return new IssuedApiKey(successor, secret);
    }

    /** The refusal when the key was rotated before (found by the store: at most one successor per key). */
    public static DomainException alreadyRotated(UUID keyId) {
        return refusal("API_KEY_ALREADY_ROTATED", "The key " + keyId + " was rotated already. Rotate its successor"
                + " (the key whose rotatedFromId is " + keyId + ") instead.");
    }

    /** The refusal when the key was revoked or expired while the rotation ran. */
    public static DomainException noLongerUsable(UUID keyId) {
        return refusal("API_KEY_REVOKED", "The key " + keyId + " was revoked or expired meanwhile and cannot be"
                + " rotated. Create a new key instead.");
    }

    private static DomainException refusal(String code, String message) {
        return DomainException.validation(List.of(new FieldError(FIELD, code, message)));
    }
}

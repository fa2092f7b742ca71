package io.worklane.domain.webhook;

import java.time.Instant;
import java.util.List;

/**
 * The secrets a subscription signs with: the current one and, during a rotation window, the
 * previous one too, so receivers can switch secrets without rejecting a single delivery.
 *
 * @param previous      the secret replaced by the last rotation; null when none
 * @param previousUntil when the previous secret stops signing; null when none
 */
public record SigningSecrets(WebhookSecret current, WebhookSecret previous, Instant previousUntil) {

    public static SigningSecrets of(WebhookSecret current) {
        return new SigningSecrets(current, null, null);
    }

    /** A new current secret; the old one keeps signing until {@code until}. */
    public SigningSecrets rotate(WebhookSecret next, Instant until) {
        return new SigningSecrets(next, current, until);
    }

    /** Current first: a receiver that tries signatures in order finds the new one at once. */
    public List<WebhookSecret> activeAt(Instant now) {
        return previous != null && previousUntil != null && now.isBefore(previousUntil)
                ? List.of(current, previous)
                : List.of(current);
    }
}

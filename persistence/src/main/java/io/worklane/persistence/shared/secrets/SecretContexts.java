package io.worklane.persistence.shared.secrets;

import java.util.UUID;

/**
 * The context each stored secret is sealed in (its column and row, ADR 0044), named once: the code that
 * seals a value, the code that opens it and the start-up resealing must agree on it to the letter.
 */
public final class SecretContexts {
    private SecretContexts() {
    }

    public static String webhookSecret(UUID subscriptionId) {
        return "webhook_subscriptions.secret:" + subscriptionId;
    }

    public static String webhookPreviousSecret(UUID subscriptionId) {
        return "webhook_subscriptions.previous_secret:" + subscriptionId;
    }

    public static String instanceSecret(String name) {
        return "instance_secrets:" + name;
    }
}

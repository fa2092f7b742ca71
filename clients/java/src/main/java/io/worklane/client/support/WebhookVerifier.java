package io.worklane.client.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;

/**
 * For receivers of Worklane's webhooks: checks a delivery's Standard Webhooks signature
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}) with the specification's own
 * library, then reads the event. Give it the subscription's secret ({@code whsec_…}); while you rotate it,
 * give both the new and the old one. A timestamp more than five minutes away is refused (replays).
 */
public final class WebhookVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Webhook> secrets = new ArrayList<>();

    public WebhookVerifier(String... secrets) {
        if (secrets.length == 0) {
            throw new IllegalArgumentException("at least one secret (whsec_…)");
        }
        for (String secret : secrets) {
            this.secrets.add(new Webhook(secret));
        }
    }

    /**
     * The delivered event ({@code type}, {@code seq}, {@code data}, …) if one of the secrets signed this
     * body with these headers; otherwise {@link InvalidSignature}. Header names are matched ignoring case.
     */
    public JsonNode verify(Map<String, List<String>> headers, String body) {
        Map<String, List<String>> normalised = new HashMap<>();
        headers.forEach((name, values) -> normalised.put(name.toLowerCase(Locale.ROOT), values));
        WebhookVerificationException last = null;
        for (Webhook secret : secrets) {
            try {
                secret.verify(body, normalised);
                return read(body);
            } catch (WebhookVerificationException e) {
                last = e;
            }
        }
        throw new InvalidSignature(last == null ? "not verified" : last.getMessage());
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new InvalidSignature("signed, but not JSON: " + e.getMessage());
        }
    }

    /** The delivery is not from Worklane (or was changed, or is too old): answer 400 and drop it. */
    public static final class InvalidSignature extends RuntimeException {
        InvalidSignature(String message) {
            super(message);
        }
    }
}

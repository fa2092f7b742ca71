package io.worklane.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges an attempt as the Standard Webhooks specification advises: 2xx is success; 3xx is a
 * failure (redirects are not followed: the subscription's URL should be fixed instead); 410 Gone
 * disables the subscription; 429 and 503 honour Retry-After; anything else is retried.
 */
public final class ResponseClassifier {
    /** How long a receiver has to answer; the specification recommends 15 to 30 s. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private ResponseClassifier() {
    }

    /** @param headers the response headers, names in any case (as {@code HttpHeaders.map()} gives them) */
    public static DeliveryOutcome classify(int status, Map<String, List<String>> headers, Instant now) {
        if (status >= 200 && status <= 299) {
            return DeliveryOutcome.success("HTTP " + status + ".");
        }
        if (status >= 300 && status <= 399) {
            return DeliveryOutcome.retry("HTTP " + status + ": redirects are not followed; set the subscription's"
                    + " URL to the final address.");
        }
        if (status == 410) {
            return DeliveryOutcome.disable("HTTP 410 Gone: the receiver wants no more deliveries, so the"
                    + " subscription is disabled.");
        }
        if (status == 429 || status == 503) {
            Optional<Duration> wait = header(headers, "Retry-After").flatMap(value -> RetryAfter.parse(value, now));
            if (wait.isPresent()) {
                return DeliveryOutcome.retryAfter(wait.get(), "HTTP " + status + ": the receiver asked to wait "
                        + wait.get().toSeconds() + " s.");
            }
        }
        return DeliveryOutcome.retry("HTTP " + status + ".");
    }

    public static DeliveryOutcome timedOut() {
        return DeliveryOutcome.retry("No response within " + REQUEST_TIMEOUT.toSeconds() + " s.");
    }

    /** @param why what failed, such as "connection refused" or the refusal of the target address policy */
    public static DeliveryOutcome connectionFailed(String why) {
        return DeliveryOutcome.retry("Could not deliver: " + why);
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }
}

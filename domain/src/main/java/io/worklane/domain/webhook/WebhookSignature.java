package io.worklane.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification:
 * {@code v1,} + base64 HMAC-SHA256 of {@code {id}.{timestamp}.{body}}, one per secret, separated
 * by spaces, so a receiver keeps verifying while a secret is rotated. The body must be sent as
 * exactly the UTF-8 bytes that were signed.
 */
public final class WebhookSignature {
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    private static final String VERSION = "v1";

    /** Why a signature was or was not accepted. */
    public enum Verdict {
        VALID, MALFORMED_TIMESTAMP, TIMESTAMP_TOO_OLD, TIMESTAMP_TOO_NEW, NO_MATCHING_SIGNATURE;

        public boolean valid() {
            return this == VALID;
        }
    }

    private WebhookSignature() {
    }

    public static String sign(String msgId, long timestampSeconds, String body, List<WebhookSecret> secrets) {
        // a dot in the id would let "a.b" + "1.x" and "a" + "b.1.x" sign the same content
        if (msgId == null || msgId.isEmpty() || msgId.indexOf('.') >= 0) {
            throw new IllegalArgumentException("a webhook id must be non-empty and contain no '.'");
        }
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret is needed to sign");
        }
        byte[] content = (msgId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
        StringBuilder header = new StringBuilder();
        for (WebhookSecret secret : secrets) {
            header.append(header.isEmpty() ? "" : " ").append(VERSION).append(',').append(hmac(secret, content));
        }
        return header.toString();
    }

    /** The three headers of one attempt; a retry keeps the id and gets a new timestamp and signature. */
    public static Map<String, String> headers(String msgId, long timestampSeconds, String body,
                                              List<WebhookSecret> secrets) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID_HEADER, msgId);
        headers.put(TIMESTAMP_HEADER, Long.toString(timestampSeconds));
        headers.put(SIGNATURE_HEADER, sign(msgId, timestampSeconds, body, secrets));
        return headers;
    }

    public static Verdict verify(String msgId, String timestamp, String body, String signatureHeader,
                                 List<WebhookSecret> secrets, Instant now) {
        return verify(msgId, timestamp, body, signatureHeader, secrets, now, DEFAULT_TOLERANCE);
    }

    /**
     * Checks the timestamp is within {@code tolerance} of {@code now} (replay protection), then
     * that any {@code v1} signature of the header matches any secret, comparing in constant time.
     */
    public static Verdict verify(String msgId, String timestamp, String body, String signatureHeader,
                                 List<WebhookSecret> secrets, Instant now, Duration tolerance) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED_TIMESTAMP;
        }
        if (seconds < now.getEpochSecond() - tolerance.toSeconds()) {
            return Verdict.TIMESTAMP_TOO_OLD;
        }
        if (seconds > now.getEpochSecond() + tolerance.toSeconds()) {
            return Verdict.TIMESTAMP_TOO_NEW;
        }
        byte[] content = (msgId + "." + seconds + "." + body).getBytes(StandardCharsets.UTF_8);
        for (WebhookSecret secret : secrets) {
            byte[] expected = hmac(secret, content).getBytes(StandardCharsets.US_ASCII);
            for (String candidate : signatureHeader == null ? new String[0] : signatureHeader.split(" ")) {
                int comma = candidate.indexOf(',');
                if (comma > 0 && candidate.substring(0, comma).equals(VERSION) && MessageDigest.isEqual(
                        expected, candidate.substring(comma + 1).getBytes(StandardCharsets.US_ASCII))) {
                    return Verdict.VALID;
                }
            }
        }
        return Verdict.NO_MATCHING_SIGNATURE;
    }

    private static String hmac(WebhookSecret secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package io.worklane.domain.calendar;

import io.worklane.domain.apikey.ApiKeySecret;
import java.security.SecureRandom;

/**
 * The secret of a calendar feed's URL: {@code wlcal_} + 40 random base62 characters (~238 bits). Only its SHA-256
 * is stored, as for API keys; the URL is shown once, when the feed is created.
 */
public record FeedToken(String value) {
    public static final String PREFIX = "wlcal_";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_LENGTH = 40;

    public static FeedToken generate() {
        StringBuilder body = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new FeedToken(body.toString());
    }

    /** Whether the text could be a token at all: anything else is not looked up. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == PREFIX.length() + RANDOM_LENGTH && text.startsWith(PREFIX)
                && text.substring(PREFIX.length()).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    public String hash() {
        return ApiKeySecret.sha256(value);
    }

    /** What lists show to recognise a feed: the prefix and the first 6 characters. */
    public String displayPrefix() {
        return value.substring(0, PREFIX.length() + 6);
    }

    @Override
    public String toString() {
        return displayPrefix() + "…";
    }
}

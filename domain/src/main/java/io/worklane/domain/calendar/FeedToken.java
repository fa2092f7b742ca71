package io.worklane.domain.calendar;

import io.worklane.domain.shared.Sha256;
import io.worklane.domain.shared.RandomText;

/**
 * The secret of a calendar feed's URL: {@code wlcal_} + 40 random base62 characters (~238 bits). Only its SHA-256
 * is stored, as for API keys; the URL is shown once, when the feed is created.
 */
public record FeedToken(String value) {
    public static final String PREFIX = "wlcal_";
    private static final int RANDOM_LENGTH = 40;

    public static FeedToken generate() {
        return new FeedToken(PREFIX + RandomText.base62(RANDOM_LENGTH));
    }

    /** Whether the text could be a token at all: anything else is not looked up. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == PREFIX.length() + RANDOM_LENGTH && text.startsWith(PREFIX)
                && RandomText.isBase62(text.substring(PREFIX.length()));
    }

    public String hash() {
        return Sha256.hex(value);
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

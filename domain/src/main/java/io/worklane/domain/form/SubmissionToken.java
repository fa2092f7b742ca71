package io.worklane.domain.form;

import io.worklane.domain.shared.Sha256;
import io.worklane.domain.shared.RandomText;

/**
 * What a submitter gets back to follow their request: {@code wlfs_} + 40 random base62 characters (~238 bits).
 * Only its SHA-256 is stored, as for API keys and calendar feeds.
 */
public record SubmissionToken(String value) {
    public static final String PREFIX = "wlfs_";
    private static final int RANDOM_LENGTH = 40;

    public static SubmissionToken generate() {
        return new SubmissionToken(PREFIX + RandomText.base62(RANDOM_LENGTH));
    }

    /** Whether the text could be a token at all: anything else is not looked up. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == PREFIX.length() + RANDOM_LENGTH && text.startsWith(PREFIX)
                && RandomText.isBase62(text.substring(PREFIX.length()));
    }

    public String hash() {
        return Sha256.hex(value);
    }

    @Override
    public String toString() {
        return value.substring(0, PREFIX.length() + 4) + "…";
    }
}

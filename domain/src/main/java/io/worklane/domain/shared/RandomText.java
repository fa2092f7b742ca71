package io.worklane.domain.shared;

import java.security.SecureRandom;

/** Random base62 text for secrets shown once (API keys, calendar feed tokens): ~5.95 bits per character. */
public final class RandomText {
    public static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomText() {
    }

    public static String base62(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return text.toString();
    }

    public static boolean isBase62(String text) {
        return text.chars().allMatch(c -> BASE62.indexOf(c) >= 0);
    }
}

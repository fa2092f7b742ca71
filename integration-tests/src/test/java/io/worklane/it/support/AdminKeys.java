package io.worklane.it.support;

import java.security.SecureRandom;

/** Worklane API keys made up by the tests. */
public final class AdminKeys {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminKeys() {
    }

    /** {@code wl_} followed by 40 random letters and digits: a valid WORKLANE_BOOTSTRAP_ADMIN_KEY. */
    public static String random() {
        StringBuilder key = new StringBuilder("wl_");
        for (int i = 0; i < 40; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }
}

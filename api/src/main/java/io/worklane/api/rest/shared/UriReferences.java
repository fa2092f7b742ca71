package io.worklane.api.rest.shared;

import java.nio.charset.StandardCharsets;

/**
 * Makes a path fit to be a problem's {@code instance}, which RFC 9457 requires to be a URI reference:
 * well-formed percent escapes are kept, every other character outside RFC 3986's set (spaces, controls,
 * non-ASCII, a stray {@code %}) is percent-encoded as UTF-8.
 */
public final class UriReferences {
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=";

    private UriReferences() {
    }

    public static String of(String path) {
        if (path == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                out.append(c);
            } else if (c < 128 && ALLOWED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() && Character.isLowSurrogate(path.charAt(i + 1))
                        ? i + 2 : i + 1;
                for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}

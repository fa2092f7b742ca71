package io.worklane.domain.attachment;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A client's file name made safe to store and to send back in Content-Disposition: only its last
 * path segment (so {@code ../../etc/passwd} is {@code passwd}), without control, format (bidirectional
 * overrides) or separator characters, trimmed of spaces and dots at either end, NFC-normalised and at
 * most 255 UTF-8 bytes (the extension kept). What is left of an empty or hostile name is "file".
 */
public final class FileName {
    public static final String FALLBACK = "file";
    static final int MAX_BYTES = 255;

    private FileName() {
    }

    public static String sanitise(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(FileName::allowed).forEach(kept::appendCodePoint);
        String trimmed = kept.toString().replaceAll("^[\\s.]+|[\\s.]+$", "").replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? FALLBACK : shortened(trimmed);
    }

    private static boolean allowed(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && c != '"' && c != ':' && c != '*' && c != '?' && c != '<' && c != '>' && c != '|';
    }

    /** Cuts the stem (not the extension) until the whole name fits in MAX_BYTES. */
    private static String shortened(String name) {
        if (bytes(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        while (bytes(stem + extension) > MAX_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem + extension;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}

package io.worklane.domain.apikey;

import io.worklane.domain.shared.FieldError;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Policy for the names of keys: trimmed, NFC-normalised, 1–200 characters, and free of characters
 * that break storage or mislead a reader: control characters (NUL included), unpaired surrogates,
 * line and paragraph separators, noncharacters and invisible formatting characters such as bidi
 * overrides or zero-width spaces. Zero-width (non-)joiners stay allowed: words and emoji need them.
 */
public final class KeyNames {
    public static final int MAX_LENGTH = 200;
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private KeyNames() {
    }

    /** The name as it is stored: stripped of surrounding white space and in Unicode normal form C. */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String stripped = name.strip();
        return Normalizer.isNormalized(stripped, Normalizer.Form.NFC) ? stripped
                : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    /** The first character a name must not contain, as a field error naming it (U+202E …). */
    public static Optional<FieldError> oddCharacter(String field, String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (isOdd(cp)) {
                return Optional.of(new FieldError(field, "INVALID_CHARACTERS", String.format(
                        "must not contain control, invisible or formatting characters (found U+%04X)", cp)));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    static boolean isOdd(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            case Character.FORMAT -> cp != ZWNJ && cp != ZWJ;
            default -> isNonCharacter(cp);
        };
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}

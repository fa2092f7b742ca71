package io.worklane.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * A keyset position: the sort it belongs to, the last row's sort value and id.
 * Encoded opaque (base64url) with a checksum so a tampered or foreign cursor is refused,
 * never silently misread.
 */
public record Cursor(String sort, String value, UUID id) {
    private static final char SEP = '\u001f';

    public String encode() {
        String body = sort + SEP + (value == null ? "" : value) + SEP + id;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((body + SEP + checksum(body)).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor given for {@code expectedSort}; null stays null. */
    public static Cursor decode(String encoded, String expectedSort) {
        if (encoded == null || encoded.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEP), -1);
            if (parts.length != 4) {
                throw invalid();
            }
            String body = parts[0] + SEP + parts[1] + SEP + parts[2];
            if (!checksum(body).equals(parts[3])) {
                throw invalid();
            }
            if (!parts[0].equals(expectedSort)) {
                throw new DomainException(ErrorCode.INVALID_CURSOR,
                        "The cursor belongs to sort '" + parts[0] + "', not '" + expectedSort
                                + "'. Start again without a cursor.");
            }
            return new Cursor(parts[0], parts[1].isEmpty() ? null : parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DomainException invalid() {
        return new DomainException(ErrorCode.INVALID_CURSOR,
                "The cursor is not one this server issued. Use the nextCursor of a previous page as it is.");
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}

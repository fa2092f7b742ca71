package io.worklane.domain.apikey;

import io.worklane.domain.shared.RandomText;
import io.worklane.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The secret of an API key: {@code wl_} + 40 random base62 characters (~238 bits) + a 6-character
 * CRC32 checksum, so secret scanners can recognise a Worklane key offline. Only its SHA-256 is stored.
 */
public record ApiKeySecret(String value) {
    public static final String PREFIX = "wl_";
    private static final int RANDOM_LENGTH = 40;

    public static ApiKeySecret generate() {
        String body = RandomText.base62(RANDOM_LENGTH);
        return new ApiKeySecret(PREFIX + body + checksum(body));
    }

    /** True for keys this server generated (well-formed and checksum right); admin-chosen keys need not be. */
    public boolean hasValidChecksum() {
        if (!value.startsWith(PREFIX) || value.length() != PREFIX.length() + RANDOM_LENGTH + 6) {
            return false;
        }
        String body = value.substring(PREFIX.length(), PREFIX.length() + RANDOM_LENGTH);
        return checksum(body).equals(value.substring(PREFIX.length() + RANDOM_LENGTH));
    }

    /** What is shown in lists to recognise a key: the prefix and the first 8 characters. */
    public String displayPrefix() {
        return value.substring(0, Math.min(value.length(), PREFIX.length() + 8));
    }

    public String hash() {
        return Sha256.hex(value);
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] out = new char[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = RandomText.BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(out);
    }

    @Override
    public String toString() {
        return displayPrefix() + "…";
    }
}

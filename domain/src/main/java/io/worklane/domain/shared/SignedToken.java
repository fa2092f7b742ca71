package io.worklane.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short text that carries a few fields and an expiry, signed with HMAC-SHA256 under a secret the
 * instances share: the credential of a link that works without a login (an attachment download, an
 * unsubscribe link). The {@code purpose} is signed too, so a token made for one use is worthless for
 * another; changing any field breaks the signature. Form: base64url(fields) "." base64url(signature).
 */
public final class SignedToken {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final char SEP = '\n';

    private SignedToken() {
    }

    public static String sign(byte[] secret, String purpose, List<String> fields, Instant expiresAt) {
        List<String> all = new ArrayList<>(fields);
        all.add(Long.toString(expiresAt.getEpochSecond()));
        String payload = ENCODE.encodeToString(String.join(String.valueOf(SEP), all).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(mac(secret, purpose, payload));
    }

    /** The fields of a token made for {@code purpose} that is intact and not expired at {@code now}; else empty. */
    public static Optional<List<String>> verify(byte[] secret, String purpose, String token, Instant now) {
        if (token == null || token.length() > 2048) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] given = DECODE.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(secret, purpose, payload))) {
                return Optional.empty();
            }
            List<String> fields = new ArrayList<>(Arrays.asList(
                    new String(DECODE.decode(payload), StandardCharsets.UTF_8).split(String.valueOf(SEP), -1)));
            long expires = Long.parseLong(fields.remove(fields.size() - 1));
            return now.getEpochSecond() < expires ? Optional.of(List.copyOf(fields)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] secret, String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal((purpose + "." + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

package io.worklane.persistence.shared.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the secrets Worklane must be able to read back (webhook signing secrets, the instance's link
 * keys) with AES-256-GCM before they reach the database (ADR 0044). A sealed value is
 * {@code enc:v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>}; the key id (the first 8 hex digits of the
 * key's SHA-256) says which key opens it, so values sealed under a previous key stay readable until they
 * are sealed again under the current one. The context (column and row) is authenticated with the value,
 * so a sealed value copied to another row or column does not open. A value without the prefix is a
 * plaintext one from before encryption, read as it is until it is sealed at start-up.
 */
public final class SecretBox {
    public static final String PREFIX = "enc:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /** @param current the key new values are sealed with; @param previous keys that still open older values */
    public SecretBox(byte[] current, List<byte[]> previous) {
        this.currentId = add(current);
        previous.forEach(this::add);
    }

    private String add(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a secrets key is 32 bytes (AES-256), this one is " + key.length);
        }
        String id = keyId(key);
        keys.putIfAbsent(id, new SecretKeySpec(key.clone(), "AES"));
        return id;
    }

    public static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String currentKeyId() {
        return currentId;
    }

    public String seal(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(currentId), nonce, context,
                plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
    }

    /** The plaintext of a sealed value (or a plaintext one from before encryption, as it is). */
    public String open(String stored, String context) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("A secret in the database was sealed with key " + id + ", which is neither"
                    + " WORKLANE_SECRETS_KEY (" + currentId + ") nor WORKLANE_SECRETS_PREVIOUS_KEY: start with the key"
                    + " it was sealed with (ADR 0044)");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, context, sealed), StandardCharsets.UTF_8);
    }

    /** Whether a stored value is sealed under the current key (else start-up seals it again). */
    public boolean isCurrent(String stored) {
        return stored.startsWith(PREFIX + currentId + ":");
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + " (" + context + "): wrong key or altered value", e);
        }
    }
}

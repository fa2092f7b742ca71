package io.worklane.api.rest.shared;

import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Judges a request target (path and query, as received) before anything routes it: too long; a
 * {@code .} or {@code ..} segment, which the router would resolve into another resource (a member's
 * DELETE reaching the workspace); a percent escape that is malformed or not UTF-8; a control character
 * (NUL reaches PostgreSQL and fails there). Each refusal says what to send instead.
 */
public final class RequestTargets {
    /** Request targets longer than this are refused with 414 (the HTTP layer reads up to 256 KiB). */
    public static final int MAX_LENGTH = 8 * 1024;

    public record Refusal(ErrorCode code, String detail, List<FieldError> errors) {
    }

    private RequestTargets() {
    }

    public static Optional<Refusal> judge(String target) {
        if (target.length() > MAX_LENGTH) {
            return Optional.of(new Refusal(ErrorCode.URI_TOO_LONG, "The request target is " + target.length()
                    + " characters long; at most " + MAX_LENGTH + " are read. Send long filters in a request body"
                    + " or split the request.", List.of()));
        }
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        for (String segment : path.split("/", -1)) {
            Optional<String> decoded = decode(segment, false);
            if (decoded.isEmpty()) {
                return invalid("path", "INVALID_ENCODING", "has a malformed percent escape or bytes that are not UTF-8");
            }
            if (decoded.get().equals(".") || decoded.get().equals("..")) {
                return invalid("path", "DOT_SEGMENT", "may not have '.' or '..' segments: name the resource itself");
            }
            if (hasControl(decoded.get())) {
                return invalid("path", "INVALID_CHARACTERS", "may not hold control characters such as NUL");
            }
        }
        if (question >= 0) {
            for (String pair : target.substring(question + 1).split("&")) {
                String name = decode(pair.split("=", 2)[0], true).orElse("query");
                Optional<String> decoded = decode(pair, true);
                if (decoded.isEmpty()) {
                    return invalid(name, "INVALID_ENCODING", "has a malformed percent escape or bytes that are not UTF-8");
                }
                if (hasControl(decoded.get())) {
                    return invalid(name, "INVALID_CHARACTERS", "may not hold control characters such as NUL");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> invalid(String field, String code, String message) {
        return Optional.of(new Refusal(ErrorCode.VALIDATION_FAILED, field + ": " + message + ".",
                List.of(new FieldError(field, code, message))));
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** Percent-decodes strictly as UTF-8; empty when an escape is malformed or the bytes are not UTF-8. */
    static Optional<String> decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

package io.worklane.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Chooses the body to send: the full payload when it fits the size cap, else a thin one with the
 * ids and a link to fetch the object, so an oversized event still arrives instead of being dropped.
 * The thin body is sent even if it exceeds an absurdly small cap itself.
 */
public final class ThinPayload {
    /** Receivers commonly refuse bodies much above this; the specification advises keeping them small. */
    public static final int DEFAULT_CAP_BYTES = 256 * 1024;

    /**
     * What a thin body names.
     *
     * @param id   the webhook id ({@code webhook-id}), the same on every attempt
     * @param link where the receiver can read the subject through the API
     */
    public record Event(String id, String type, UUID workspaceId, UUID subjectId, String link) {
    }

    private ThinPayload() {
    }

    /** @param capBytes the largest full body sent, in UTF-8 bytes */
    public static String bodyToSend(String fullBody, int capBytes, Event event) {
        if (capBytes < 1) {
            throw new IllegalArgumentException("the payload cap must be positive, not " + capBytes);
        }
        return fits(fullBody, capBytes) ? fullBody : thin(event);
    }

    public static boolean fits(String body, int capBytes) {
        // a UTF-8 character takes at most 3 bytes per UTF-16 unit: skip the encoding when clearly small
        return (long) body.length() * 3 <= capBytes || body.getBytes(StandardCharsets.UTF_8).length <= capBytes;
    }

    static String thin(Event event) {
        return "{\"id\":" + quote(event.id())
                + ",\"type\":" + quote(event.type())
                + ",\"workspaceId\":" + quote(event.workspaceId())
                + ",\"thin\":true"
                + ",\"subjectId\":" + quote(event.subjectId())
                + ",\"link\":" + quote(event.link()) + "}";
    }

    /** A JSON string literal (RFC 8259 §7), or null; U+2028 and U+2029 escaped for JavaScript receivers. */
    static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

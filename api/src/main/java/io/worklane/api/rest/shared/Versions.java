package io.worklane.api.rest.shared;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.List;

/** ETag ⇄ version: the ETag of an object is its version in quotes; If-Match carries it back. */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match names, or null when absent or "*" (any version). If-Match compares strongly
     * (RFC 9110, 13.1.1): a weak tag never matches, so the change is refused as stale (412), never applied.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            throw new DomainException(ErrorCode.CONFLICT, "If-Match compares entity tags strongly: a weak tag such as "
                    + value + " never matches. Send the ETag exactly as it was returned, e.g. \"3\".");
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw DomainException.validation(List.of(new FieldError("If-Match", "INVALID_FORMAT",
                    "must be the ETag of a previous response, such as \"3\"")));
        }
    }
}

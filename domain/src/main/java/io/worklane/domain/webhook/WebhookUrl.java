package io.worklane.domain.webhook;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Where a subscription delivers: an absolute http or https URL with a host, no user name or
 * password (they would travel in every request and show in logs) and no fragment (never sent).
 * The address it resolves to is checked at connect time by {@link TargetAddressPolicy}.
 */
public record WebhookUrl(URI uri) {
    public static final int MAX_LENGTH = 2048;

    public static WebhookUrl parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw refused(field, "REQUIRED", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw refused(field, "TOO_LONG", "must have at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw refused(field, "INVALID_FORMAT", "is not a valid URL: " + e.getReason()
                    + " at character " + (e.getIndex() + 1));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused(field, "UNSUPPORTED_SCHEME", "must start with https:// (or http://)");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(field, "USERINFO_NOT_ALLOWED", "must not contain a user name or password;"
                    + " the signature already proves the sender");
        }
        if (uri.getHost() == null) {
            throw refused(field, "HOST_REQUIRED", "must name a valid host, such as https://example.com/hooks");
        }
        if (uri.getRawFragment() != null) {
            throw refused(field, "FRAGMENT_NOT_ALLOWED", "must not contain a fragment (#…): it is never sent");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            throw refused(field, "INVALID_PORT", "must have a port between 1 and 65535");
        }
        return new WebhookUrl(uri);
    }

    private static DomainException refused(String field, String code, String message) {
        return DomainException.validation(List.of(new FieldError(field, code, message)));
    }

    public String host() {
        return uri.getHost();
    }

    /** The port connected to: the explicit one, else 443 for https and 80 for http. */
    public int port() {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}

package io.worklane.api.limits;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads WORKLANE_CORS_ORIGINS: exact origins ({@code scheme://host[:port]}), compared as browsers
 * send them (lower case, default port left out). Anything else, a wildcard included, stops the start
 * with a message instead of silently allowing more or less than meant.
 */
final class AllowedOrigins {
    private AllowedOrigins() {
    }

    static Set<String> parse(List<String> configured) {
        Set<String> origins = new LinkedHashSet<>();
        for (String raw : configured) {
            String value = raw.trim();
            if (!value.isEmpty()) {
                origins.add(normalise(value));
            }
        }
        return Set.copyOf(origins);
    }

    private static String normalise(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getHost() != null && uri.getUserInfo() == null && uri.getRawPath().isEmpty()
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
            if (!bare || !(scheme.equals("http") || scheme.equals("https"))) {
                throw invalid(value);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            throw invalid(value);
        }
    }

    private static IllegalStateException invalid(String value) {
        return new IllegalStateException("WORKLANE_CORS_ORIGINS: '" + value + "' is not an origin such as "
                + "https://app.example.com (http or https, a host, an optional port; no path, no wildcard)");
    }
}

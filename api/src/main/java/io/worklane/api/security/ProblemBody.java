package io.worklane.api.security;

/** The problem documents written below JAX-RS (authentication happens before any resource runs). */
final class ProblemBody {
    private ProblemBody() {
    }

    static String unauthenticated(String path) {
        return "{\"type\":\"https://worklane.io/problems/unauthenticated\",\"title\":\"Unauthenticated\","
                + "\"status\":401,\"code\":\"UNAUTHENTICATED\",\"detail\":\"Send a valid, unrevoked API key as "
                + "'Authorization: Bearer wl_…'. The instance administrator's key is in <data dir>/admin-api-key.\","
                + "\"instance\":\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static String identityProviderUnavailable(String path) {
        return "{\"type\":\"https://worklane.io/problems/service-unavailable\",\"title\":\"Service unavailable\","
                + "\"status\":503,\"code\":\"SERVICE_UNAVAILABLE\",\"detail\":\"The identity provider that checks "
                + "sign-in tokens is unreachable. Retry shortly, or use an API key ('Authorization: Bearer wl_…').\","
                + "\"instance\":\"" + escape(path) + "\"}";
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

package io.worklane.api.security;

/** What a caller without valid credentials is told to send: the same words for REST and GraphQL. */
public final class Credentials {
    public static final String HOW_TO_AUTHENTICATE = "Send 'Authorization: Bearer <credential>' with either a valid,"
            + " unrevoked Worklane API key (wl_…; the instance administrator's key is in <data dir>/admin-api-key) or,"
            + " when sign-in is enabled, an unexpired access token from the identity provider issued for the"
            + " audience 'worklane-api'.";

    private Credentials() {
    }
}

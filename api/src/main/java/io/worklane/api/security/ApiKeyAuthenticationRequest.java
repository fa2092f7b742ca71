package io.worklane.api.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token that looks like a Worklane API key ({@code wl_…}), to be checked against stored hashes. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String secret;

    public ApiKeyAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}

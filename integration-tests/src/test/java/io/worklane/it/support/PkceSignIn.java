package io.worklane.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a single-page app does to sign a person in with the realm's public client (worklane-web): the
 * authorization code flow with PKCE S256, driven over plain HTTP (Keycloak's login form posted like a
 * browser would, cookies kept). The browser tests do the same through a real browser.
 */
public final class PkceSignIn {
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    // cookies are passed by hand: Keycloak marks them Secure, which java.net.CookieManager never sends over
    // http, while browsers do for localhost
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String realmUrl;
    private final String clientId;
    private final String redirectUri;

    public PkceSignIn(String realmUrl, String clientId, String redirectUri) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** The authorization endpoint's answer to a request with this challenge (null: no PKCE at all). */
    public HttpResponse<String> authorize(String challenge) throws IOException, InterruptedException {
        String query = "client_id=" + enc(clientId) + "&response_type=code&scope=openid&state=s1&redirect_uri="
                + enc(redirectUri) + (challenge == null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256");
        return http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/auth?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the login form and returns the authorization code from the redirect. */
    public String code(String challenge, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = authorize(challenge);
        Matcher action = FORM_ACTION.matcher(login.body());
        if (login.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("no login form: " + login.statusCode() + " " + login.headers().map());
        }
        String cookies = login.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password)))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = redirect.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("no redirect after sign-in: " + redirect.statusCode()));
        if (!location.startsWith(redirectUri)) {
            throw new IllegalStateException("redirected elsewhere: " + location);
        }
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!code.find()) {
            throw new IllegalStateException("no code in " + location);
        }
        return code.group(1);
    }

    /** The token endpoint's answer to exchanging the code with this verifier. */
    public HttpResponse<String> exchange(String code, String verifier) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "client_id", clientId, "redirect_uri", redirectUri, "code_verifier", verifier)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    public static String newVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

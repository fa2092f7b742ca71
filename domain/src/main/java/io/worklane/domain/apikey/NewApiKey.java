package io.worklane.domain.apikey;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a caller asks for when creating a key, validated: a name (see {@link KeyNames}), at least one
 * scope, each a known {@link Scope} name (else {@code UNKNOWN_SCOPE} naming it), and an optional expiry
 * that lies in the future. Repeated scope names count once.
 */
public record NewApiKey(String name, Set<Scope> scopes, Instant expiresAt) {
    /** The latest expiry accepted: later instants do not fit PostgreSQL's timestamps. */
    public static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");
    private static final int SHOWN_LENGTH = 50;

    public NewApiKey {
        scopes = Collections.unmodifiableSet(scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes));
    }

    public static NewApiKey of(String name, Collection<String> scopeNames, Instant expiresAt, Instant now) {
        String normalised = KeyNames.normalise(name);
        Validation v = new Validation().text(normalised, "name", 1, KeyNames.MAX_LENGTH);
        KeyNames.oddCharacter("name", normalised).ifPresent(v::add);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (scopeNames == null || scopeNames.isEmpty()) {
            v.require(false, "scopes", "REQUIRED", "must name at least one scope, e.g. work_items:read");
        } else {
            int i = 0;
            for (String scopeName : scopeNames) {
                Optional<Scope> scope = scopeName == null ? Optional.empty() : Scope.parse(scopeName);
                scope.ifPresent(scopes::add);
                v.require(scope.isPresent(), "scopes[" + i + "]", "UNKNOWN_SCOPE",
                        "'" + shown(scopeName) + "' is not a scope; known scopes: " + known());
                i++;
            }
        }
        if (expiresAt != null) {
            v.require(expiresAt.isAfter(now), "expiresAt", "IN_THE_PAST", "must be in the future");
            v.require(!expiresAt.isAfter(LATEST_EXPIRY), "expiresAt", "OUT_OF_RANGE",
                    "must not be later than " + LATEST_EXPIRY);
        }
        v.orThrow();
        return new NewApiKey(normalised, scopes, expiresAt);
    }

    /** A key of the workspace with a fresh secret, created by {@code creator} at {@code now}. */
    public IssuedApiKey issue(UUID workspaceId, Actor creator, Instant now) {
        ApiKeySecret secret = ApiKeySecret.generate();
        Set<String> names = scopes.stream().map(Scope::value).collect(Collectors.toUnmodifiableSet());
        return new IssuedApiKey(new ApiKey(Ids.newId(), workspaceId, name, secret.displayPrefix(), secret.hash(),
                names, false, creator, now, expiresAt, null, null, null), secret);
    }

    private static String shown(String value) {
        if (value == null) {
            return "null";
        }
        return value.codePointCount(0, value.length()) <= SHOWN_LENGTH ? value
                : value.substring(0, value.offsetByCodePoints(0, SHOWN_LENGTH)) + "…";
    }

    private static String known() {
        return Arrays.stream(Scope.values()).map(Scope::value).collect(Collectors.joining(", "));
    }
}

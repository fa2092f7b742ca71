package io.worklane.api.permissions;

import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Keys bound to workspace W, one per set of scopes, made on first use. */
final class ScopedKeys {
    private final ApiKeys apiKeys;
    private final String workspaceId;
    private final Map<Set<String>, String> secretsByScopes = new HashMap<>();

    ScopedKeys(ApiKeys apiKeys, String workspaceId) {
        this.apiKeys = apiKeys;
        this.workspaceId = workspaceId;
    }

    /** Every scope that does not grant {@code declared}: all but it, {@code admin}, and its write scope for a read. */
    static Set<String> allThatDoNotGrant(Scope declared) {
        return Arrays.stream(Scope.values()).filter(s -> !declared.isGrantedBy(Set.of(s))).map(Scope::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    String holding(Set<String> scopes) {
        return secretsByScopes.computeIfAbsent(Set.copyOf(scopes), s -> {
            ApiKeySecret secret = ApiKeySecret.generate();
            apiKeys.insert(new io.worklane.domain.apikey.ApiKey(Ids.newId(), UUID.fromString(workspaceId),
                    "permission matrix " + s.size() + " scopes " + s.hashCode(), secret.displayPrefix(), secret.hash(), s, false,
                    Instant.now().truncatedTo(ChronoUnit.MICROS), null, null)).await().indefinitely();
            return secret.value();
        });
    }
}

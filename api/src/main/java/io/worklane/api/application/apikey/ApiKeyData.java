package io.worklane.api.application.apikey;

import io.worklane.domain.apikey.ApiKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The event payloads of API keys: the key as the REST API shows it, never its secret or hash. */
final class ApiKeyData {
    private ApiKeyData() {
    }

    static Map<String, Object> of(ApiKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id().toString());
        m.put("name", k.name());
        m.put("prefix", k.prefix());
        m.put("scopes", k.orderedScopes());
        Map<String, Object> creator = new LinkedHashMap<>();
        creator.put("kind", k.createdBy().kind().name());
        creator.put("id", k.createdBy().id());
        creator.put("name", k.createdBy().name());
        m.put("createdBy", creator);
        m.put("createdAt", text(k.createdAt()));
        m.put("expiresAt", text(k.expiresAt()));
        m.put("revokedAt", text(k.revokedAt()));
        m.put("lastUsedAt", text(k.lastUsedAt()));
        m.put("rotatedFromId", k.rotatedFromId() == null ? null : k.rotatedFromId().toString());
        return m;
    }

    /** A rotation: the new key, and the old one with the expiry the overlap gave it. */
    static Map<String, Object> ofRotation(ApiKey successor, ApiKey predecessor) {
        Map<String, Object> m = of(successor);
        m.put("rotatedFrom", of(predecessor));
        return m;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

package io.worklane.api.rest.apikey;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.IssuedApiKey;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.ApiKeyList;
import io.worklane.openapi.model.ApiKeyScope;
import io.worklane.openapi.model.ApiKeyWithSecret;
import java.util.List;

/** Domain → REST models for API keys, field by field. Only {@link #issued} carries a secret. */
final class ApiKeyDtos {
    private ApiKeyDtos() {
    }

    static io.worklane.openapi.model.ApiKey of(ApiKey k) {
        return new io.worklane.openapi.model.ApiKey().id(k.id()).name(k.name()).prefix(k.prefix())
                .scopes(scopes(k)).createdBy(actor(k.createdBy())).createdAt(Dates.utc(k.createdAt()))
                .expiresAt(Dates.utc(k.expiresAt())).revokedAt(Dates.utc(k.revokedAt())).lastUsedAt(Dates.utc(k.lastUsedAt()))
                .rotatedFromId(k.rotatedFromId());
    }

    static ApiKeyList list(Page<ApiKey> page) {
        return new ApiKeyList().items(page.items().stream().map(ApiKeyDtos::of).toList()).nextCursor(page.nextCursor());
    }

    /** A key with its secret left out: what an Idempotency-Key replay may show (the secret is never stored). */
    static ApiKeyWithSecret withoutSecret(ApiKey k) {
        return new ApiKeyWithSecret().id(k.id()).name(k.name()).prefix(k.prefix())
                .scopes(scopes(k)).createdBy(actor(k.createdBy())).createdAt(Dates.utc(k.createdAt()))
                .expiresAt(Dates.utc(k.expiresAt())).revokedAt(Dates.utc(k.revokedAt())).lastUsedAt(Dates.utc(k.lastUsedAt()))
                .rotatedFromId(k.rotatedFromId());
    }

    static ApiKeyWithSecret issued(IssuedApiKey issued) {
        return withoutSecret(issued.key()).secret(issued.secret().value());
    }

    private static List<ApiKeyScope> scopes(ApiKey k) {
        return k.orderedScopes().stream().map(ApiKeyScope::fromValue).toList();
    }

    private static io.worklane.openapi.model.Actor actor(Actor a) {
        return new io.worklane.openapi.model.Actor().kind(ActorKind.fromValue(a.kind().name())).id(a.id()).name(a.name());
    }
}

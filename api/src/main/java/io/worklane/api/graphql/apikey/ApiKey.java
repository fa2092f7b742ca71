package io.worklane.api.graphql.apikey;

import io.worklane.api.graphql.workitem.Actor;
import io.worklane.api.graphql.workitem.ActorKind;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of an API key: never its secret or hash. */
@Description("A credential for a partner app or script, bound to one workspace. Its secret is never shown here.")
public class ApiKey {
    @Ignore
    private final io.worklane.domain.apikey.ApiKey key;

    public ApiKey(io.worklane.domain.apikey.ApiKey key) {
        this.key = key;
    }

    @Id
    @NonNull
    @Description("The API key's id (a UUID).")
    public String getId() {
        return key.id().toString();
    }

    @NonNull
    @Description("What the key is for, e.g. the partner app's name.")
    public String getName() {
        return key.name();
    }

    @NonNull
    @Description("The first 11 characters of the secret (wl_ and 8 more), to recognise the key.")
    public String getPrefix() {
        return key.prefix();
    }

    @NonNull
    @Description("What the key may do, e.g. work_items:read (the names of REST's ApiKeyScope).")
    public List<@NonNull String> getScopes() {
        return key.orderedScopes();
    }

    @NonNull
    @Description("Who created (or rotated) the key.")
    public Actor getCreatedBy() {
        var by = key.createdBy();
        return new Actor(ActorKind.valueOf(by.kind().name()), by.id(), by.name());
    }

    @NonNull
    public Instant getCreatedAt() {
        return key.createdAt();
    }

    @Description("When the key stops working; null when it does not expire. A rotation sets it to the end of the overlap.")
    public Instant getExpiresAt() {
        return key.expiresAt();
    }

    @Description("When the key was revoked; null while it is not.")
    public Instant getRevokedAt() {
        return key.revokedAt();
    }

    @Description("When the key last authenticated a request; written in batches, so it may lag by up to 30 s.")
    public Instant getLastUsedAt() {
        return key.lastUsedAt();
    }

    @Id
    @Description("The key this one replaced by rotation; null for a key created directly.")
    public String getRotatedFromId() {
        return key.rotatedFromId() == null ? null : key.rotatedFromId().toString();
    }
}

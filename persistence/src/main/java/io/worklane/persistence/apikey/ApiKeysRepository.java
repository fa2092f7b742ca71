package io.worklane.persistence.apikey;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * API keys on the pool directly: they are looked up on every request, before any use case
 * (and its session) exists, and written at start-up; they have no version because they never change,
 * they are only revoked.
 */
@ApplicationScoped
public class ApiKeysRepository implements ApiKeys {
    private static final String COLUMNS = "id, workspace_id, name, prefix, hash, scopes::text AS scopes, instance_admin,"
            + " created_at, expires_at, revoked_at";
    private final Sql sql;

    public ApiKeysRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<ApiKey>> findByHash(String hash) {
        return sql.one("SELECT " + COLUMNS + " FROM api_keys WHERE hash = $1", Tuple.of(hash), ApiKeysRepository::fromRow);
    }

    @Override
    public Uni<Boolean> anyUsableInstanceAdmin() {
        return sql.query("SELECT 1 FROM api_keys WHERE instance_admin AND revoked_at IS NULL"
                + " AND (expires_at IS NULL OR expires_at > now()) LIMIT 1", Tuple.tuple()).map(rows -> rows.size() > 0);
    }

    @Override
    public Uni<ApiKey> insert(ApiKey key) {
        return sql.query("INSERT INTO api_keys (id, workspace_id, name, prefix, hash, scopes, instance_admin, created_at,"
                        + " expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9, $10)",
                Tuple.from(new Object[] {key.id(), key.workspaceId(), key.name(), key.prefix(), key.hash(),
                    Json.write(new TreeSet<>(key.scopes())), key.instanceAdmin(), key.createdAt().atOffset(ZoneOffset.UTC),
                    key.expiresAt() == null ? null : key.expiresAt().atOffset(ZoneOffset.UTC),
                    key.revokedAt() == null ? null : key.revokedAt().atOffset(ZoneOffset.UTC)}))
                .replaceWith(key);
    }

    @Override
    public Uni<Integer> revokeOtherInstanceAdmins(String keepHash) {
        return sql.query("UPDATE api_keys SET revoked_at = now() WHERE instance_admin AND revoked_at IS NULL"
                + " AND hash <> $1", Tuple.of(keepHash)).map(rows -> rows.rowCount());
    }

    private static ApiKey fromRow(Row r) {
        return new ApiKey(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("name"), r.getString("prefix"),
                r.getString("hash"), Set.copyOf(Json.stringList(r.getString("scopes"))), r.getBoolean("instance_admin"),
                Rows.instant(r, "created_at"), Rows.instant(r, "expires_at"), Rows.instant(r, "revoked_at"));
    }
}

package io.worklane.persistence.apikey;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeyRotation;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.CacheNotices;
import io.worklane.persistence.shared.NotifiedCache;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * API keys. Reads run on the pool: keys are looked up on every request, before any use case (and its
 * session) exists. Writes of use cases (create, revoke, rotate) go through the use case's session as
 * native SQL, so the key and its event commit together; the bootstrap insert and the last-use flush
 * run on the pool, on their own. Keys carry no version: apart from revocation, the expiry a rotation
 * shortens and the last use, they never change.
 */
@ApplicationScoped
public class ApiKeysRepository implements ApiKeys {
    /** Keys list in creation order only; the cursor carries this sort token. */
    static final String SORT = "createdAt";
    private static final String SELECT = "SELECT " + ApiKeyRows.COLUMNS + " FROM api_keys";
    private static final String INSERT = "INSERT INTO api_keys (id, workspace_id, name, prefix, hash, scopes,"
            + " instance_admin, created_by_kind, created_by_id, created_by_name, created_at, expires_at, revoked_at,"
            + " rotated_from)";
    private final Sql sql;
    /** Keys by hash: read on every request, changed by revocation and rotation only (ADR 0043). */
    private final NotifiedCache<ApiKey> byHash;

    public ApiKeysRepository(Sql sql, CacheNotices notices) {
        this.sql = sql;
        this.byHash = notices.cacheOf("api_keys", ApiKey::id);
    }

    /** Unknown hashes are not cached: a new key works at once, and guesses cannot fill the cache. */
    @Override
    public Uni<Optional<ApiKey>> findByHash(String hash) {
        return byHash.get(hash, () -> sql.one(SELECT + " WHERE hash = $1", Tuple.of(hash), ApiKeyRows::fromRow));
    }

    @Override
    public Uni<Boolean> anyUsableInstanceAdmin() {
        return sql.query("SELECT 1 FROM api_keys WHERE instance_admin AND revoked_at IS NULL"
                + " AND (expires_at IS NULL OR expires_at > now()) LIMIT 1", Tuple.tuple()).map(rows -> rows.size() > 0);
    }

    @Override
    public Uni<ApiKey> insert(ApiKey key) {
        return sql.query(INSERT + " VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9, $10, $11, $12, $13, $14)",
                Tuple.from(new Object[] {key.id(), key.workspaceId(), key.name(), key.prefix(), key.hash(),
                    scopesJson(key), key.instanceAdmin(), key.createdBy().kind().name(), key.createdBy().id(),
                    key.createdBy().name(), utc(key.createdAt()), utc(key.expiresAt()), utc(key.revokedAt()),
                    key.rotatedFromId()}))
                .replaceWith(key);
    }

    @Override
    public Uni<Void> upsertInstanceAdmin(ApiKey key) {
        return sql.query(INSERT + " VALUES ($1, NULL, $2, $3, $4, $5::text::jsonb, true, $6, $7, $8, $9, NULL, NULL,"
                        + " NULL) ON CONFLICT (hash) DO UPDATE SET revoked_at = NULL, expires_at = NULL"
                        + " WHERE api_keys.instance_admin",
                Tuple.from(new Object[] {key.id(), key.name(), key.prefix(), key.hash(), scopesJson(key),
                    key.createdBy().kind().name(), key.createdBy().id(), key.createdBy().name(),
                    utc(key.createdAt())}))
                .invoke(byHash::writingAll).replaceWithVoid();
    }

    @Override
    public Uni<Integer> revokeOtherInstanceAdmins(String keepHash) {
        return sql.query("UPDATE api_keys SET revoked_at = now() WHERE instance_admin AND revoked_at IS NULL"
                + " AND hash <> $1", Tuple.of(keepHash)).map(rows -> rows.rowCount()).invoke(byHash::writingAll);
    }

    @Override
    public Uni<Optional<ApiKey>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                ApiKeyRows::fromRow);
    }

    @Override
    public Uni<Optional<ApiKey>> findById(UUID id) {
        return sql.one(SELECT + " WHERE id = $1", Tuple.of(id), ApiKeyRows::fromRow);
    }

    @Override
    public Uni<Page<ApiKey>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        String query = SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1);
        return sql.list(query, p.tuple(), ApiKeyRows::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), SORT,
                        k -> Keyset.timestampValue(k.createdAt()), ApiKey::id));
    }

    @Override
    public Uni<ApiKey> add(ApiKey key) {
        return Writes.inSession(s -> s.createNativeQuery(INSERT + " VALUES (:id, :ws, :name, :prefix, :hash,"
                        + " cast(cast(:scopes AS text) AS jsonb), :admin, :byKind, :byId, :byName, :at,"
                        + " cast(:expires AS timestamptz), cast(:revoked AS timestamptz), cast(:from AS uuid))")
                .setParameter("id", key.id()).setParameter("ws", key.workspaceId())
                .setParameter("name", key.name()).setParameter("prefix", key.prefix())
                .setParameter("hash", key.hash()).setParameter("scopes", scopesJson(key))
                .setParameter("admin", key.instanceAdmin())
                .setParameter("byKind", key.createdBy().kind().name()).setParameter("byId", key.createdBy().id())
                .setParameter("byName", key.createdBy().name()).setParameter("at", utc(key.createdAt()))
                .setParameter("expires", utc(key.expiresAt())).setParameter("revoked", utc(key.revokedAt()))
                .setParameter("from", key.rotatedFromId())
                .executeUpdate())
                .onFailure().transform(failure -> ApiKeyRows.isSecondSuccessor(failure)
                        ? ApiKeyRotation.alreadyRotated(key.rotatedFromId()) : failure)
                .replaceWith(key);
    }

    @Override
    public Uni<Boolean> revoke(UUID workspaceId, UUID id, Instant at) {
        byHash.writing(id);
        return Writes.inSession(s -> s.createNativeQuery("UPDATE api_keys SET revoked_at = :at"
                        + " WHERE workspace_id = :ws AND id = :id AND revoked_at IS NULL")
                .setParameter("at", utc(at)).setParameter("ws", workspaceId).setParameter("id", id)
                .executeUpdate())
                .map(count -> count > 0);
    }

    @Override
    public Uni<Void> rotate(ApiKeyRotation rotation, Instant now) {
        ApiKey old = rotation.predecessor();
        byHash.writing(old.id());
        // the guard re-reads the row under its lock: a revocation that committed meanwhile wins
        return Writes.inSession(s -> s.createNativeQuery("UPDATE api_keys SET expires_at = :until"
                        + " WHERE workspace_id = :ws AND id = :id AND revoked_at IS NULL"
                        + " AND (expires_at IS NULL OR expires_at > :now)")
                .setParameter("until", utc(old.expiresAt())).setParameter("ws", old.workspaceId())
                .setParameter("id", old.id()).setParameter("now", utc(now))
                .executeUpdate())
                .invoke(count -> {
                    if (count == 0) {
                        throw ApiKeyRotation.noLongerUsable(old.id());
                    }
                })
                .chain(() -> add(rotation.successor()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Integer> recordLastUse(Map<UUID, Instant> lastUse) {
        if (lastUse.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        UUID[] ids = new UUID[lastUse.size()];
        OffsetDateTime[] times = new OffsetDateTime[lastUse.size()];
        int i = 0;
        for (Map.Entry<UUID, Instant> use : lastUse.entrySet()) {
            ids[i] = use.getKey();
            times[i] = utc(use.getValue());
            i++;
        }
        // GREATEST ignores NULL: a first use sets the time, a late flush of an older use changes nothing
        return sql.query("UPDATE api_keys AS k SET last_used_at = GREATEST(k.last_used_at, u.used_at)"
                        + " FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, used_at) WHERE k.id = u.id",
                        Tuple.of(ids, times))
                .map(rows -> rows.rowCount());
    }

    private static String scopesJson(ApiKey key) {
        return Json.write(new TreeSet<>(key.scopes()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

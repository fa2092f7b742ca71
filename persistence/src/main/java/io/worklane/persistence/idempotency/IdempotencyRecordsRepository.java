package io.worklane.persistence.idempotency;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.idempotency.IdempotencyRecord;
import io.worklane.domain.idempotency.IdempotencyRecords;
import io.worklane.domain.idempotency.RecordedResponse;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Idempotency records on the pool, each statement committed on its own: the claim must be visible
 * to a concurrent duplicate before the use case's transaction even begins.
 */
@ApplicationScoped
public class IdempotencyRecordsRepository implements IdempotencyRecords {
    /**
     * A claim is taken over when its record expired (24 h) or its request was abandoned mid-flight (5 min).
     * Its time ($5, the use cases' clock) is also its owner's mark: only that owner may complete or free it.
     */
    private static final String CLAIM = "INSERT INTO idempotency_records (credential_id, key, operation, request_hash,"
            + " status, created_at) VALUES ($1, $2, $3, $4, 'IN_FLIGHT', $5)"
            + " ON CONFLICT (credential_id, key) DO UPDATE SET operation = EXCLUDED.operation,"
            + " request_hash = EXCLUDED.request_hash, status = 'IN_FLIGHT', response_status = NULL,"
            + " response_body = NULL, location = NULL, created_at = EXCLUDED.created_at"
            + " WHERE idempotency_records.created_at < EXCLUDED.created_at - interval '24 hours'"
            + " OR (idempotency_records.status = 'IN_FLIGHT'"
            + " AND idempotency_records.created_at < EXCLUDED.created_at - interval '5 minutes')"
            + " RETURNING 1";
    private final Sql sql;

    public IdempotencyRecordsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<IdempotencyRecord> claim(String credentialId, String key, String operation, String requestHash,
                                        Instant at) {
        return sql.query(CLAIM, Tuple.of(credentialId, key, operation, requestHash, utc(at))).chain(rows -> rows.size() > 0
                ? Uni.createFrom().nullItem()
                : sql.one("SELECT operation, request_hash, status, response_status, response_body, location"
                        + " FROM idempotency_records WHERE credential_id = $1 AND key = $2",
                        Tuple.of(credentialId, key), IdempotencyRecordsRepository::fromRow)
                        .map(found -> found.orElse(null)));
    }

    @Override
    public Uni<Void> complete(String credentialId, String key, Instant claimedAt, RecordedResponse response) {
        return sql.query("UPDATE idempotency_records SET status = 'DONE', response_status = $4, response_body = $5,"
                        + " location = $6 WHERE credential_id = $1 AND key = $2 AND status = 'IN_FLIGHT'"
                        + " AND created_at = $3", Tuple.tuple().addValue(credentialId).addValue(key)
                        .addValue(utc(claimedAt)).addValue(response.status()).addValue(response.body())
                        .addValue(response.location())).replaceWithVoid();
    }

    @Override
    public Uni<Void> release(String credentialId, String key, Instant claimedAt) {
        return sql.query("DELETE FROM idempotency_records WHERE credential_id = $1 AND key = $2 AND status = 'IN_FLIGHT'"
                + " AND created_at = $3", Tuple.of(credentialId, key, utc(claimedAt))).replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static IdempotencyRecord fromRow(Row r) {
        RecordedResponse response = "DONE".equals(r.getString("status"))
                ? new RecordedResponse(r.getInteger("response_status"), r.getString("response_body"),
                        r.getString("location"))
                : null;
        return new IdempotencyRecord(r.getString("operation"), r.getString("request_hash").trim(), response);
    }
}

package io.worklane.persistence.idempotency;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.idempotency.IdempotencyRecord;
import io.worklane.domain.idempotency.IdempotencyRecords;
import io.worklane.domain.idempotency.RecordedResponse;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Idempotency records on the pool, each statement committed on its own: the claim must be visible
 * to a concurrent duplicate before the use case's transaction even begins.
 */
@ApplicationScoped
public class IdempotencyRecordsRepository implements IdempotencyRecords {
    /** A claim is taken over when its record expired (24 h) or its request was abandoned mid-flight (5 min). */
    private static final String CLAIM = "INSERT INTO idempotency_records (credential_id, key, operation, request_hash,"
            + " status, created_at) VALUES ($1, $2, $3, $4, 'IN_FLIGHT', now())"
            + " ON CONFLICT (credential_id, key) DO UPDATE SET operation = EXCLUDED.operation,"
            + " request_hash = EXCLUDED.request_hash, status = 'IN_FLIGHT', response_status = NULL,"
            + " response_body = NULL, location = NULL, created_at = now()"
            + " WHERE idempotency_records.created_at < now() - interval '24 hours'"
            + " OR (idempotency_records.status = 'IN_FLIGHT' AND idempotency_records.created_at < now() - interval '5 minutes')"
            + " RETURNING 1";
    private final Sql sql;

    public IdempotencyRecordsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<IdempotencyRecord> claim(String credentialId, String key, String operation, String requestHash) {
        return sql.query(CLAIM, Tuple.of(credentialId, key, operation, requestHash)).chain(rows -> rows.size() > 0
                ? Uni.createFrom().nullItem()
                : sql.one("SELECT operation, request_hash, status, response_status, response_body, location"
                        + " FROM idempotency_records WHERE credential_id = $1 AND key = $2",
                        Tuple.of(credentialId, key), IdempotencyRecordsRepository::fromRow)
                        .map(found -> found.orElse(null)));
    }

    @Override
    public Uni<Void> complete(String credentialId, String key, RecordedResponse response) {
        return sql.query("UPDATE idempotency_records SET status = 'DONE', response_status = $3, response_body = $4,"
                        + " location = $5 WHERE credential_id = $1 AND key = $2",
                Tuple.of(credentialId, key, response.status(), response.body(), response.location())).replaceWithVoid();
    }

    @Override
    public Uni<Void> release(String credentialId, String key) {
        return sql.query("DELETE FROM idempotency_records WHERE credential_id = $1 AND key = $2 AND status = 'IN_FLIGHT'",
                Tuple.of(credentialId, key)).replaceWithVoid();
    }

    private static IdempotencyRecord fromRow(Row r) {
        RecordedResponse response = "DONE".equals(r.getString("status"))
                ? new RecordedResponse(r.getInteger("response_status"), r.getString("response_body"),
                        r.getString("location"))
                : null;
        return new IdempotencyRecord(r.getString("operation"), r.getString("request_hash").trim(), response);
    }
}

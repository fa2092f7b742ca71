package io.worklane.persistence.observability;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.observability.Backlog;
import io.worklane.domain.observability.BacklogProbe;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The backlog in one round trip, on the pool (not counted as a request's statement). Each part uses an
 * index: the events after a subscription's cursor (events' unique (workspace_id, seq)), the pending
 * deliveries (webhook_deliveries_due, partial on PENDING) and the due rules (automation_rules_due).
 */
@ApplicationScoped
public class PgBacklogProbe implements BacklogProbe {
    private static final String MEASURE = """
            SELECT
              coalesce((SELECT extract(epoch FROM now() - min(e.occurred_at)) FROM webhook_subscriptions s
                        CROSS JOIN LATERAL (SELECT occurred_at FROM events
                                            WHERE workspace_id = s.workspace_id AND seq > s.delivered_through_seq
                                            ORDER BY seq LIMIT 1) e
                        WHERE s.status = 'ACTIVE'), 0) AS outbox_lag,
              (SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING') AS pending,
              (SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= now()
                 AND (locked_until IS NULL OR locked_until < now())) AS due,
              (SELECT count(*) FROM automation_rules WHERE enabled AND next_run_at IS NOT NULL
                 AND next_run_at <= now()) AS rules_due
            """;
    private final Pool pool;

    public PgBacklogProbe(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Backlog> measure() {
        return pool.query(MEASURE).execute().map(rows -> toBacklog(rows.iterator().next()));
    }

    private static Backlog toBacklog(Row row) {
        return new Backlog(Math.max(0, row.getNumeric("outbox_lag").doubleValue()), row.getLong("pending"),
                row.getLong("due"), row.getLong("rules_due"));
    }
}

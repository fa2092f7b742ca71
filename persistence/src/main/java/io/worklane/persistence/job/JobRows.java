package io.worklane.persistence.job;

import io.vertx.mutiny.sqlclient.Row;
import io.worklane.domain.job.Job;
import io.worklane.domain.job.JobStatus;
import io.worklane.domain.shared.Actor;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Rows;

/** A row of {@code jobs} as a job. */
final class JobRows {
    static final String COLUMNS = columns("");

    /** The columns read, each prefixed with {@code table} ("j." in a statement that joins). */
    static String columns(String table) {
        return String.join(", ", java.util.stream.Stream.of("id", "workspace_id", "kind", "status", "total", "done",
                "failed", "input::text AS input", "result::text AS result", "cancel_requested", "actor_kind", "actor_id",
                "created_at", "started_at", "finished_at").map(c -> table + c).toList());
    }

    private JobRows() {
    }

    static Job job(Row r) {
        String result = r.getString("result");
        return new Job(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("kind"),
                JobStatus.valueOf(r.getString("status")), r.getInteger("total"), r.getInteger("done"),
                r.getInteger("failed"), Json.map(r.getString("input")), result == null ? null : Json.map(result),
                r.getBoolean("cancel_requested"),
                new Actor(Actor.Kind.valueOf(r.getString("actor_kind")), r.getString("actor_id"), null),
                Rows.instant(r, "created_at"), Rows.instant(r, "started_at"), Rows.instant(r, "finished_at"));
    }
}

package io.worklane.persistence.job;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.job.Job;
import io.worklane.domain.job.JobError;
import io.worklane.domain.job.JobStatus;
import io.worklane.domain.job.Jobs;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs: reads and claims on the pool, the rest in the session of the caller's transaction (native statements
 * run as updates, whose plans Hibernate keeps none of: ADR 0059).
 */
@ApplicationScoped
public class JobsRepository implements Jobs {
    private static final String CLAIM = "WITH next AS (SELECT id FROM jobs WHERE status = 'QUEUED'"
            + " OR (status = 'RUNNING' AND (locked_until IS NULL OR locked_until <= $1))"
            + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
            + " UPDATE jobs j SET status = 'RUNNING', owner = $2, locked_until = $3,"
            + " started_at = COALESCE(j.started_at, $1) FROM next WHERE j.id = next.id RETURNING "
            + JobRows.columns("j.");
    private static final String INSERT = "INSERT INTO jobs (id, workspace_id, kind, status, total, done, failed, input,"
            + " cancel_requested, actor_kind, actor_id, created_at) VALUES (:id, :ws, :kind, :status, :total, 0, 0,"
            + " cast(cast(:input AS text) AS jsonb), false, :ak, :ai, :at)";
    // the first statement of a step: it also holds the job's row until the step commits (a cancel waits for it)
    private static final String CHECKPOINT = "UPDATE jobs SET done = done + 1, failed = failed + :failed,"
            + " locked_until = :lease WHERE id = :id AND owner = :owner AND done = :position AND status = 'RUNNING'"
            + " AND NOT cancel_requested";
    private static final String ADVANCE = "UPDATE jobs SET done = done + :count, locked_until = :lease WHERE id = :id"
            + " AND owner = :owner AND done = :position AND status = 'RUNNING' AND NOT cancel_requested";
    private static final String ERROR = "INSERT INTO job_errors (job_id, position, ref, code, message)"
            + " VALUES (:id, :position, :ref, :code, :message)";
    private static final String FINISH = "UPDATE jobs SET status = :status, result = cast(cast(:result AS text) AS"
            + " jsonb), finished_at = :at, locked_until = NULL WHERE id = :id AND owner = :owner AND status = 'RUNNING'";
    private static final String CANCEL = "UPDATE jobs SET cancel_requested = true,"
            + " status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,"
            + " finished_at = CASE WHEN status = 'QUEUED' THEN :at ELSE finished_at END"
            + " WHERE id = :id AND workspace_id = :ws AND status IN ('QUEUED', 'RUNNING')";
    private final Sql sql;
    private final Pool pool;

    public JobsRepository(Sql sql, Pool pool) {
        this.sql = sql;
        this.pool = pool;
    }

    @Override
    public Uni<Void> insert(Job job) {
        return Writes.inSession(s -> s.createNativeQuery(INSERT).setParameter("id", job.id())
                .setParameter("ws", job.workspaceId()).setParameter("kind", job.kind())
                .setParameter("status", job.status().name()).setParameter("total", job.total())
                .setParameter("input", Json.write(job.input()))
                .setParameter("ak", job.createdBy().kind().name()).setParameter("ai", job.createdBy().id())
                .setParameter("at", job.createdAt()).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Optional<Job>> find(UUID workspaceId, UUID id) {
        return sql.one("SELECT " + JobRows.COLUMNS + " FROM jobs WHERE id = $1 AND workspace_id = $2",
                Tuple.of(id, workspaceId), JobRows::job);
    }

    @Override
    public Uni<List<JobError>> errors(UUID jobId, int limit) {
        return sql.list("SELECT position, ref, code, message FROM job_errors WHERE job_id = $1 ORDER BY position"
                + " LIMIT $2", Tuple.of(jobId, limit), r -> new JobError(r.getInteger("position"), r.getString("ref"),
                r.getString("code"), r.getString("message")));
    }

    @Override
    public Uni<Optional<Job>> claim(UUID owner, Instant now, Instant leaseUntil) {
        return pool.withTransaction(c -> c.preparedQuery(CLAIM).execute(Tuple.of(utc(now), owner, utc(leaseUntil))))
                .map(rows -> rows.size() == 0 ? Optional.<Job>empty()
                        : Optional.of(JobRows.job(rows.iterator().next())));
    }

    @Override
    public Uni<Boolean> checkpoint(UUID jobId, UUID owner, int position, Instant leaseUntil, JobError error) {
        return Writes.inSession(s -> s.createNativeQuery(CHECKPOINT).setParameter("failed", error == null ? 0 : 1)
                .setParameter("lease", leaseUntil).setParameter("id", jobId).setParameter("owner", owner)
                .setParameter("position", position).executeUpdate()
                .chain(counted -> counted == 0 || error == null ? Uni.createFrom().item(counted == 1)
                        : s.createNativeQuery(ERROR).setParameter("id", jobId).setParameter("position", position)
                        .setParameter("ref", error.ref()).setParameter("code", error.code())
                        .setParameter("message", error.message()).executeUpdate().replaceWith(true)));
    }

    @Override
    public Uni<Boolean> advance(UUID jobId, UUID owner, int position, int count, Instant leaseUntil) {
        return Writes.inSession(s -> s.createNativeQuery(ADVANCE).setParameter("count", count)
                .setParameter("lease", leaseUntil).setParameter("id", jobId).setParameter("owner", owner)
                .setParameter("position", position).executeUpdate()).map(n -> n == 1);
    }

    @Override
    public Uni<Boolean> finish(UUID jobId, UUID owner, JobStatus status, Map<String, Object> result, Instant at) {
        return Writes.inSession(s -> s.createNativeQuery(FINISH).setParameter("status", status.name())
                .setParameter("result", Json.write(result)).setParameter("at", at).setParameter("id", jobId)
                .setParameter("owner", owner).executeUpdate()).map(n -> n == 1);
    }

    @Override
    public Uni<Optional<Job>> cancel(UUID workspaceId, UUID id, Instant at) {
        return find(workspaceId, id).chain(found -> found.isEmpty() || found.get().status().finished()
                ? Uni.createFrom().item(found)
                : Writes.inSession(s -> s.createNativeQuery(CANCEL).setParameter("at", at).setParameter("id", id)
                        .setParameter("ws", workspaceId).executeUpdate()).map(n -> Optional.of(cancelled(found.get(), at))));
    }

    /** The job as the cancellation leaves it (read before it, in the committed state). */
    private static Job cancelled(Job j, Instant at) {
        boolean queued = j.status() == JobStatus.QUEUED;
        return new Job(j.id(), j.workspaceId(), j.kind(), queued ? JobStatus.CANCELLED : j.status(), j.total(),
                j.done(), j.failed(), j.input(), j.result(), true, j.createdBy(), j.createdAt(), j.startedAt(),
                queued ? at : j.finishedAt());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

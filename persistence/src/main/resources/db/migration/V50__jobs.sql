-- Background jobs (issue #15 item 2, ADR 0060): work too long for one request (bulk changes of more than
-- 1,000 items, later imports), run by any instance. A runner claims a QUEUED job, or a RUNNING one whose lease
-- ran out (its instance died), with FOR UPDATE SKIP LOCKED and holds it by renewing locked_until as it
-- works. done is the checkpoint: it moves on in the transaction of the step it counts, so a resumed job
-- starts at the first step not committed and never redoes one.
CREATE TABLE jobs (
    id               uuid PRIMARY KEY,
    workspace_id     uuid         NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind             varchar(40)  NOT NULL,
    status           varchar(12)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    total            integer      NOT NULL CHECK (total >= 0),
    done             integer      NOT NULL DEFAULT 0 CHECK (done >= 0 AND done <= total),
    failed           integer      NOT NULL DEFAULT 0 CHECK (failed >= 0 AND failed <= done),
    input            jsonb        NOT NULL,
    result           jsonb,
    cancel_requested boolean      NOT NULL DEFAULT false,
    owner            uuid,
    locked_until     timestamptz,
    actor_kind       varchar(20)  NOT NULL,
    actor_id         varchar(100) NOT NULL,
    created_at       timestamptz  NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz
);
-- what runners claim: queued jobs, oldest first, and running ones whose lease may have run out
CREATE INDEX jobs_claimable ON jobs (created_at) WHERE status IN ('QUEUED', 'RUNNING');

-- The steps of a job that did not go through (a refused item), in step order: the job's errors.
CREATE TABLE job_errors (
    job_id   uuid         NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    position integer      NOT NULL,
    ref      varchar(200),
    code     varchar(60)  NOT NULL,
    message  text         NOT NULL,
    PRIMARY KEY (job_id, position)
);

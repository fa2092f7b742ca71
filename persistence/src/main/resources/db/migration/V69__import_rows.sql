-- The rows of a queued import job (ADR 0071), already read, checked and mapped when the import was asked for:
-- one per step, so that a step reads one small row instead of the whole file kept in the job's input (the
-- job is read every 500 ms by jobProgress). They go with their job.
CREATE TABLE import_rows (
    job_id   uuid    NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 0),
    data     jsonb   NOT NULL,
    PRIMARY KEY (job_id, position)
);

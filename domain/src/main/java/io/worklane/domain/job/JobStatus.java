package io.worklane.domain.job;

/** Where a background job is: waiting for a runner, being run, or finished one of three ways. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}

package io.worklane.api.application.job;

import io.worklane.api.application.shared.Caller;
import io.worklane.domain.job.Job;
import io.worklane.domain.job.JobError;
import io.worklane.domain.shared.DomainException;
import java.util.UUID;

/** A job being run by this instance ({@code owner}) as {@code caller}. */
record JobRun(Job job, JobKind kind, Caller caller, UUID owner) {

    /** A step's refusal as the job keeps it: its position, what it was about, the code and message. */
    JobError error(int position, Throwable e) {
        DomainException refusal = (DomainException) e;
        return new JobError(position, kind.ref(job, position), refusal.code().name(), refusal.getMessage());
    }
}

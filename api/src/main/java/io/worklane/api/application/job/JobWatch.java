package io.worklane.api.application.job;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A job's progress as it moves, for the {@code jobProgress} subscription: the job read again every
 * {@link #EVERY} (one indexed row; jobs are run by any instance, and this works whichever runs it), answered
 * when it changed, until it has ended. The first read checks access as {@code GET …/jobs/{id}} does.
 */
@ApplicationScoped
public class JobWatch {
    static final Duration EVERY = Duration.ofMillis(500);
    private final JobService jobs;

    public JobWatch(JobService jobs) {
        this.jobs = jobs;
    }

    public Multi<JobService.JobView> progress(Caller caller, String wsRef, String id) {
        AtomicBoolean ended = new AtomicBoolean();
        Uni<JobService.JobView> read = Uni.createFrom().deferred(() -> jobs.get(caller, workspace(caller, wsRef), id));
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(EVERY)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> read)
                .skip().repetitions()
                .select().first(view -> !ended.get())
                .invoke(view -> ended.set(view.job().status().finished()));
    }

    /** The workspace named, or the caller's only one (as the other subscriptions take it). */
    private static String workspace(Caller caller, String wsRef) {
        var mine = caller.workspaceIds();
        if (wsRef == null && mine != null && mine.size() == 1) {
            return mine.iterator().next().toString();
        }
        if (wsRef == null) {
            throw DomainException.validation(List.of(new FieldError("workspace", "REQUIRED",
                    "name the workspace (its id or slug): you can see more than one")));
        }
        return wsRef;
    }
}

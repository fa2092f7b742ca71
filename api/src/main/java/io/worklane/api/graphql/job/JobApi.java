package io.worklane.api.graphql.job;

import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.job.JobService;
import io.worklane.api.application.job.JobWatch;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.job, cancelJob and the jobProgress subscription: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class JobApi {
    private final JobService jobs;
    private final JobWatch watch;
    private final CurrentCaller caller;

    public JobApi(JobService jobs, JobWatch watch, CurrentCaller caller) {
        this.jobs = jobs;
        this.watch = watch;
        this.caller = caller;
    }

    @Description("A background job of the workspace (JOB_NOT_FOUND when there is none). Needs work_items:read.")
    public Uni<JobTypes.Job> job(@Source Workspace workspace, @Name("id") @Id @NonNull String id) {
        return Uni.createFrom().deferred(() -> jobs.get(caller.get(), workspace.getId(), id)).map(JobTypes.Job::of);
    }

    @Mutation("cancelJob")
    @Description("Cancels a queued job at once, or stops a running one between two steps (what it finished stays "
            + "whole). JOB_FINISHED when it has ended. Needs work_items:write.")
    public Uni<JobTypes.Payload> cancelJob(@Name("input") @NonNull CancelJobInput in) {
        return Uni.createFrom().deferred(() -> jobs.cancel(caller.get(), in.workspace, in.id))
                .map(view -> new JobTypes.Payload(JobTypes.Job.of(view)));
    }

    @Subscription("jobProgress")
    @Description("The job each time its progress or status changes, until it has ended (the last message is the"
            + " ended job). workspace (id or slug) may be left out by a caller in one workspace. A refusal arrives as"
            + " the errors of a next message (the field null), then complete. Needs work_items:read.")
    public Multi<JobTypes.Job> jobProgress(@Name("workspace") String workspace, @Name("id") @Id @NonNull String id) {
        return watch.progress(caller.get(), workspace, id).map(JobTypes.Job::of);
    }

    @Input("CancelJobInput")
    @Description("The job to cancel.")
    public static class CancelJobInput {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The job's id.")
        public String id;
    }
}

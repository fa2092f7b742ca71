package io.worklane.api.rest.job;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.job.JobService;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.JobsApi;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/** Background jobs over REST: read one, cancel one. */
@Authenticated
public class JobsResource implements JobsApi {
    private final JobService jobs;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public JobsResource(JobService jobs, CurrentCaller caller, RestResponses responses) {
        this.jobs = jobs;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> getJob(String ws, String job) {
        return responses.list(jobs.get(caller.get(), ws, job), JobDtos::of);
    }

    @Override
    public CompletionStage<Response> cancelJob(String ws, String job) {
        return responses.list(jobs.cancel(caller.get(), ws, job), JobDtos::of);
    }
}

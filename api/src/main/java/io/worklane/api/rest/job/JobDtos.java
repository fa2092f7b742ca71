package io.worklane.api.rest.job;

import io.worklane.api.application.job.JobService;
import io.worklane.domain.job.Job;
import io.worklane.openapi.model.JobError;
import io.worklane.openapi.model.JobProgress;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Jobs → their REST representation. */
public final class JobDtos {
    private JobDtos() {
    }

    public static io.worklane.openapi.model.Job of(JobService.JobView view) {
        Job j = view.job();
        return new io.worklane.openapi.model.Job().id(j.id()).kind(j.kind())
                .status(io.worklane.openapi.model.Job.StatusEnum.valueOf(j.status().name()))
                .progress(new JobProgress().done(j.done()).total(j.total()).failed(j.failed()))
                .result(j.result()).cancelRequested(j.cancelRequested())
                .errors(view.errors().stream().map(e -> new JobError().position(e.position()).ref(e.ref())
                        .code(e.code()).message(e.message())).toList())
                .createdAt(time(j.createdAt())).startedAt(time(j.startedAt())).finishedAt(time(j.finishedAt()));
    }

    public static String location(Job job) {
        return "/api/v1/workspaces/" + job.workspaceId() + "/jobs/" + job.id();
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}

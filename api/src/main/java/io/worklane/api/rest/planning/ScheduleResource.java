package io.worklane.api.rest.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.worklane.api.application.planning.ScheduleService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.ScheduleApi;
import io.worklane.openapi.model.ScheduleApply;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/** A project's schedule over REST: translation only. */
@Authenticated
public class ScheduleResource implements ScheduleApi {
    private final ScheduleService schedules;
    private final CurrentCaller caller;
    private final RestResponses responses;
    private final ObjectMapper withNulls;

    public ScheduleResource(ScheduleService schedules, CurrentCaller caller, RestResponses responses,
                            ObjectMapper json) {
        this.schedules = schedules;
        this.caller = caller;
        this.responses = responses;
        this.withNulls = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    /** Written with nulls kept: an unscheduled item's duration and a missing target read as null. */
    @Override
    public CompletionStage<Response> getSchedule(String ws, String project) {
        return schedules.schedule(caller.get(), ws, project).map(s -> {
            try {
                return Response.ok(withNulls.writeValueAsString(ScheduleDtos.of(s)), MediaType.APPLICATION_JSON_TYPE)
                        .build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("schedule not serialisable", e);
            }
        }).subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> listMilestones(String ws, String project) {
        return schedules.milestones(caller.get(), ws, project).map(list -> {
            try {
                return Response.ok(withNulls.writeValueAsString(ScheduleDtos.milestones(list)),
                        MediaType.APPLICATION_JSON_TYPE).build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("milestones not serialisable", e);
            }
        }).subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> applySchedule(String ws, String project, ScheduleApply b, String idempotencyKey) {
        Caller c = caller.get();
        boolean dryRun = Boolean.TRUE.equals(b.getDryRun());
        return responses.acted(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project
                + "/schedule/apply", b, () -> schedules.apply(c, ws, project, dryRun), ScheduleDtos::of);
    }
}

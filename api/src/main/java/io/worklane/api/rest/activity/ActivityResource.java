package io.worklane.api.rest.activity;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.workitem.ActivityQueries;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.CycleTime;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workflow.StatusDurations.TimeInState;
import io.worklane.openapi.api.ActivityApi;
import io.worklane.openapi.model.ActivityEntryList;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.StatusDurations;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Authenticated
public class ActivityResource implements ActivityApi {
    private final ActivityQueries queries;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public ActivityResource(ActivityQueries queries, CurrentCaller caller, RestResponses responses) {
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> listWorkItemActivity(String ws, String workItem, Integer limit, String cursor) {
        return responses.list(queries.list(caller.get(), ws, workItem, Pages.of(limit, cursor, "occurredAt")),
                ActivityResource::entries);
    }

    @Override
    public CompletionStage<Response> getStatusDurations(String ws, String workItem) {
        return responses.list(queries.statusDurations(caller.get(), ws, workItem), ActivityResource::durations);
    }

    @Override
    public CompletionStage<Response> getCycleTime(String ws, String project) {
        return responses.list(queries.cycleTime(caller.get(), ws, project), ActivityResource::cycleTime);
    }

    private static ActivityEntryList entries(Page<ActivityEntry> page) {
        return new ActivityEntryList().nextCursor(page.nextCursor()).items(page.items().stream().map(e ->
                new io.worklane.openapi.model.ActivityEntry().id(e.id()).field(e.field()).before(e.before())
                        .after(e.after()).occurredAt(e.occurredAt().atOffset(ZoneOffset.UTC))
                        .actor(new Actor().kind(ActorKind.fromValue(e.actor().kind().name())).id(e.actor().id())
                                .name(e.actor().name()))).toList());
    }

    private static StatusDurations durations(List<TimeInState> times) {
        return new StatusDurations().items(times.stream().map(t -> new io.worklane.openapi.model.TimeInState()
                .state(t.state()).totalSeconds(t.totalSeconds())).toList());
    }

    private static io.worklane.openapi.model.CycleTime cycleTime(CycleTime c) {
        return new io.worklane.openapi.model.CycleTime().completedItems(c.completedItems())
                .averageSeconds(c.averageSeconds()).medianSeconds(c.medianSeconds());
    }
}

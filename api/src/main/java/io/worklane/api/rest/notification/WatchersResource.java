package io.worklane.api.rest.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.WatcherService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.WatchersApi;
import io.worklane.openapi.model.WatcherCreate;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

@Authenticated
public class WatchersResource implements WatchersApi {
    private final WatcherService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public WatchersResource(WatcherService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> listWatchers(String ws, String workItem, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, workItem, Pages.of(limit, cursor, "since")),
                WatcherDtos::watchers);
    }

    @Override
    public CompletionStage<Response> addWatcher(String ws, String workItem, WatcherCreate body, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/work-items/" + workItem
                        + "/watchers", body, () -> service.add(c, ws, workItem, body.getMember()), WatcherDtos::of,
                w -> "/api/v1/workspaces/" + w.workspaceId() + "/work-items/" + w.workItemId() + "/watchers");
    }

    @Override
    public CompletionStage<Response> watchWorkItem(String ws, String workItem) {
        return responses.list(Uni.createFrom().deferred(() -> service.watch(caller.get(), ws, workItem)),
                WatcherDtos::of);
    }

    @Override
    public CompletionStage<Response> unwatchWorkItem(String ws, String workItem) {
        return responses.noContent(Uni.createFrom().deferred(() -> service.unwatch(caller.get(), ws, workItem)));
    }

    @Override
    public CompletionStage<Response> removeWatcher(String ws, String workItem, String memberId) {
        return responses.noContent(Uni.createFrom().deferred(() -> service.remove(caller.get(), ws, workItem, memberId)));
    }

    @Override
    public CompletionStage<Response> listMentions(String ws, String workItem, Integer limit, String cursor) {
        return responses.list(service.mentions(caller.get(), ws, workItem, Pages.of(limit, cursor, "createdAt")),
                WatcherDtos::mentions);
    }
}

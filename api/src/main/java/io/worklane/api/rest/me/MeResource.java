package io.worklane.api.rest.me;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.me.MeService;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.me.WorkView;
import io.worklane.openapi.api.MeApi;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

@Authenticated
public class MeResource implements MeApi {
    private final MeService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public MeResource(MeService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> getMe() {
        return responses.list(Uni.createFrom().deferred(() -> service.me(caller.get())), MeDtos::of);
    }

    @Override
    public CompletionStage<Response> listMyWorkItems(io.worklane.openapi.model.WorkView view, Integer days,
                                                     Integer limit, String cursor) {
        WorkView v = view == null ? WorkView.ASSIGNED : WorkView.valueOf(view.name());
        String sort = v == WorkView.ASSIGNED ? "-updatedAt" : "dueDate";
        return responses.list(Uni.createFrom().deferred(() -> service.items(caller.get(), v, days,
                Pages.of(limit, cursor, sort))), MeDtos::items);
    }

    @Override
    public CompletionStage<Response> listMyApprovals(Integer limit, String cursor) {
        return responses.list(Uni.createFrom().deferred(() -> service.approvals(caller.get(),
                Pages.of(limit, cursor, "createdAt"))), MeDtos::approvals);
    }
}

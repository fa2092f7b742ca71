package io.worklane.api.rest.workitem;

import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.TransitionService;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.workflow.WorkflowDtos;
import io.worklane.openapi.model.AvailableTransition;
import io.worklane.openapi.model.AvailableTransitionList;
import io.worklane.openapi.model.TransitionRequest;
import io.worklane.openapi.model.TransitionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The transitions of a work item in REST shapes (served under the Workflows tag's interface). */
@ApplicationScoped
public class TransitionEndpoints {
    private final TransitionService service;
    private final WorkItemQueries queries;
    private final RestResponses responses;

    public TransitionEndpoints(TransitionService service, WorkItemQueries queries, RestResponses responses) {
        this.service = service;
        this.queries = queries;
        this.responses = responses;
    }

    public CompletionStage<Response> list(Caller caller, String ws, String workItem) {
        return responses.list(service.available(caller, ws, workItem), TransitionEndpoints::available);
    }

    public CompletionStage<Response> transition(Caller caller, String ws, String workItem, TransitionRequest b,
                                                Long ifMatch) {
        Long expected = b.getExpectedVersion() != null ? b.getExpectedVersion() : ifMatch;
        TransitionService.Request request = new TransitionService.Request(b.getTo(), b.getComment(),
                Boolean.TRUE.equals(b.getDryRun()), expected);
        return responses.ok(service.transition(caller, ws, workItem, request).chain(outcome -> queries
                        .shown(List.of(outcome.item())).map(keys -> new TransitionResult()
                                .from(outcome.check().from()).to(outcome.check().to())
                                .transition(outcome.check().transition().name()).dryRun(outcome.dryRun())
                                .guards(WorkflowDtos.results(outcome.check().results()))
                                .workItem(WorkItemDtos.of(outcome.item(), keys)))),
                r -> r, r -> r.getWorkItem().getVersion());
    }

    private static AvailableTransitionList available(TransitionService.Available available) {
        return new AvailableTransitionList().from(available.from())
                .items(available.checks().stream().map(c -> new AvailableTransition().to(c.to()).name(c.transition().name())
                        .allowed(c.allowed()).guards(WorkflowDtos.results(c.results()))).toList());
    }
}

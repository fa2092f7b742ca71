package io.worklane.api.rest.workflow;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workflow.WorkflowService;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.rest.workitem.TransitionEndpoints;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.workflow.StateMapping;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowEdit;
import io.worklane.openapi.api.WorkflowsApi;
import io.worklane.openapi.model.TransitionRequest;
import io.worklane.openapi.model.WorkflowCreate;
import io.worklane.openapi.model.WorkflowPatch;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Authenticated
public class WorkflowsResource implements WorkflowsApi {
    private final WorkflowService service;
    private final TransitionEndpoints transitions;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public WorkflowsResource(WorkflowService service, TransitionEndpoints transitions, CurrentCaller caller,
                             RestResponses responses) {
        this.service = service;
        this.transitions = transitions;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createWorkflow(String ws, WorkflowCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/workflows", b,
                () -> view(service.create(c, ws, WorkflowRequests.definition(b))), v -> v.dto,
                v -> "/api/v1/workspaces/" + v.workflow.workspaceId() + "/workflows/" + v.workflow.id());
    }

    @Override
    public CompletionStage<Response> getWorkflow(String ws, UUID workflowId) {
        return responses.ok(view(service.get(caller.get(), ws, workflowId.toString())), v -> v.dto,
                v -> v.workflow.version());
    }

    @Override
    public CompletionStage<Response> listWorkflows(String ws, Integer limit, String cursor) {
        Caller c = caller.get();
        return responses.list(service.list(c, ws, Pages.of(limit, cursor, "createdAt")).chain(page -> page.items()
                .isEmpty() ? Uni.createFrom().item(WorkflowDtos.of(page, null))
                : service.defaultId(page.items().get(0).workspaceId()).map(id -> WorkflowDtos.of(page, id))), p -> p);
    }

    @Override
    public CompletionStage<Response> updateWorkflow(String ws, UUID workflowId, WorkflowPatch b, String ifMatch) {
        Caller c = caller.get();
        Long expected = Versions.ifMatch(ifMatch);
        // an empty list in the body means "not given": the generated model cannot tell it from absent
        WorkflowEdit edit = new WorkflowEdit(b.getName(), b.getDescription(),
                b.getStates().isEmpty() ? null : WorkflowRequests.states(b.getStates()), b.getInitialState(),
                b.getTransitions().isEmpty() ? null : WorkflowRequests.transitions(b.getTransitions()));
        StateMapping mapping = StateMapping.of(b.getStateMapping() == null ? java.util.Map.of() : b.getStateMapping());
        return responses.ok(view(service.revise(c, ws, workflowId.toString(), expected, edit, mapping)),
                v -> v.dto, v -> v.workflow.version());
    }

    @Override
    public CompletionStage<Response> deleteWorkflow(String ws, UUID workflowId, String ifMatch) {
        return responses.noContent(service.delete(caller.get(), ws, workflowId.toString(), Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> listWorkflowTemplates(String ws) {
        return responses.list(service.templates(caller.get(), ws), WorkflowDtos::templates);
    }

    @Override
    public CompletionStage<Response> listTransitions(String ws, String workItem) {
        return transitions.list(caller.get(), ws, workItem);
    }

    @Override
    public CompletionStage<Response> transitionWorkItem(String ws, String workItem, TransitionRequest b,
                                                        String ifMatch) {
        return transitions.transition(caller.get(), ws, workItem, b, Versions.ifMatch(ifMatch));
    }

    private Uni<View> view(Uni<Workflow> workflow) {
        return workflow.chain(w -> service.defaultId(w.workspaceId()).map(id -> new View(w, WorkflowDtos.of(w, id))));
    }

    private record View(Workflow workflow, io.worklane.openapi.model.Workflow dto) {
    }
}

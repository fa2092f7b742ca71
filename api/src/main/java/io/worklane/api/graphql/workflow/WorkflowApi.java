package io.worklane.api.graphql.workflow;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workflow.WorkflowService;
import io.worklane.api.application.workitem.TransitionService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.StateMapping;
import io.worklane.domain.workflow.WorkflowDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Workflows and transitions over GraphQL: the same use cases as REST, the same refusals. */
@GraphQLApi
@Authenticated
public class WorkflowApi {
    private final WorkflowService workflows;
    private final TransitionService transitions;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public WorkflowApi(WorkflowService workflows, TransitionService transitions, IdempotentCreate idempotent,
                       CurrentCaller caller) {
        this.workflows = workflows;
        this.transitions = transitions;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Deprecated
    @Description("The workspace's workflows, oldest first, at most 200: use workflowsConnection, which pages.")
    public Uni<List<@NonNull Workflow>> workflows(@Source Workspace workspace) {
        return Uni.createFrom().deferred(() -> workflows.list(caller.get(), workspace.domain().id(),
                PageRequest.of(PageRequest.MAX_LIMIT, null))).map(p -> p.items().stream().map(Workflow::new).toList());
    }

    @NonNull
    @Description("The workspace's workflows, oldest first, in pages. Needs projects:read.")
    public Uni<WorkflowConnections.Connection> workflowsConnection(@Source Workspace workspace,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> workflows.list(caller.get(), workspace.domain().id(),
                Paging.request(first, after, Paging.CREATED_AT))).map(WorkflowConnections.Connection::of);
    }

    @Description("The workflow the project's items follow (unless their type has its own): its states are a board's columns.")
    public Uni<List<Workflow>> workflow(@Source List<Project> projects) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, io.worklane.domain.workflow.Workflow>load(projects,
                    p -> p.domain().workspaceId(), p -> List.of(p.domain().id()),
                    (ws, ids) -> workflows.ofProjects(who, ws, ids));
        }).map(found -> projects.stream().map(p -> found.get(p.domain().id())).map(w -> w == null ? null
                : new Workflow(w)).toList());
    }

    @Query("workflowTemplates")
    @NonNull
    @Description("The built-in templates a workflow can be created from.")
    public Uni<List<WorkflowPayloads.@NonNull Template>> workflowTemplates(@Name("workspace") @NonNull String workspace) {
        return Uni.createFrom().deferred(() -> workflows.templates(caller.get(), workspace)).map(all -> all.stream()
                .map(t -> new WorkflowPayloads.Template(t.key(), t.name(), t.description(),
                        t.definition().initialState(), WorkflowTypes.State.of(t.definition().states()),
                        WorkflowTypes.Transition.of(t.definition().transitions()))).toList());
    }

    @NonNull
    @Description("The moves out of the item's current state, each with whether the caller may make it now and why.")
    public Uni<List<WorkflowTypes.@NonNull Available>> availableTransitions(@Source WorkItem item) {
        return Uni.createFrom().deferred(() -> transitions.available(caller.get(), item.domain()))
                .map(a -> a.checks().stream().map(c -> new WorkflowTypes.Available(c.to(),
                c.transition().name(), c.allowed(), WorkflowTypes.Result.of(c.results()))).toList());
    }

    @Description("Creates a workflow from states and transitions or from a built-in template "
            + "(Query.workflowTemplates); a bad definition is VALIDATION_FAILED with every problem at once. "
            + "Needs projects:write.")
    @Mutation("createWorkflow")
    public Uni<WorkflowPayloads.WorkflowPayload> createWorkflow(
            @Name("input") @NonNull WorkflowMutationInputs.Create in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            WorkflowDefinition definition = WorkflowDefinitions.of(in);
            return idempotent.run(who, in.idempotencyKey, "createWorkflow", in,
                    () -> workflows.create(who, in.workspace, definition), w -> w.id().toString(),
                    id -> workflows.get(who, in.workspace, id));
        }).map(w -> new WorkflowPayloads.WorkflowPayload(new Workflow(w)));
    }

    @Description("Changes a workflow (states and transitions are replaced whole, validated as on creation); items "
            + "in a removed state move as stateMapping says. Needs projects:write.")
    @Mutation("updateWorkflow")
    public Uni<WorkflowPayloads.WorkflowPayload> updateWorkflow(
            @Name("input") @NonNull WorkflowMutationInputs.Update in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return workflows.revise(who, in.workspace, in.id, Changes.version(in.expectedVersion),
                    WorkflowDefinitions.edit(in), mapping(in));
        }).map(w -> new WorkflowPayloads.WorkflowPayload(new Workflow(w)));
    }

    @Description("Deletes a workflow no project uses; the workspace default and workflows in use are "
            + "WORKFLOW_IN_USE. Needs projects:write.")
    @Mutation("deleteWorkflow")
    public Uni<DeletePayload> deleteWorkflow(@Name("input") @NonNull WorkflowMutationInputs.Delete in) {
        return Uni.createFrom().deferred(() -> workflows.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }

    @Description("Moves a work item to another state of its workflow through an allowed transition. No transition "
            + "to that state is TRANSITION_NOT_ALLOWED; a failing guard is GUARD_FAILED with every guard's "
            + "reason; dryRun only checks. Needs work_items:write.")
    @Mutation("transitionWorkItem")
    public Uni<WorkflowPayloads.TransitionPayload> transitionWorkItem(
            @Name("input") @NonNull WorkflowMutationInputs.Transition in) {
        return Uni.createFrom().deferred(() -> transitions.transition(caller.get(), in.workspace, in.workItem,
                        new TransitionService.Request(in.to, in.comment, Boolean.TRUE.equals(in.dryRun),
                                Changes.version(in.expectedVersion))))
                .map(o -> new WorkflowPayloads.TransitionPayload(new WorkItem(o.item()), o.check().from(),
                        o.check().to(), o.check().transition().name(), o.dryRun(),
                        WorkflowTypes.Result.of(o.check().results())));
    }

    private static StateMapping mapping(WorkflowMutationInputs.Update in) {
        Map<String, String> moves = new LinkedHashMap<>();
        if (in.stateMapping != null) {
            in.stateMapping.forEach(m -> moves.put(m.from, m.to));
        }
        return StateMapping.of(moves);
    }
}

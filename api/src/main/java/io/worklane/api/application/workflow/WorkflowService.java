package io.worklane.api.application.workflow;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.StateMapping;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowAssignments;
import io.worklane.domain.workflow.WorkflowDefinition;
import io.worklane.domain.workflow.WorkflowEdit;
import io.worklane.domain.workflow.Workflows;
import io.worklane.domain.workflow.WorkflowTemplate;
import io.worklane.domain.workflow.WorkflowTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Workflow definitions of a workspace. Defining workflows is configuring projects: it needs
 * {@code projects:write}, reading them {@code projects:read}. A revision that removes states in use
 * moves their items, in the same transaction, to the states the mapping names.
 */
@ApplicationScoped
public class WorkflowService {
    private final Workflows workflows;
    private final WorkflowAssignments assignments;
    private final WorkflowLookup lookup;
    private final WorkflowResolver resolver;
    private final Access access;
    private final Events events;
    private final Now now;
    private final WorkflowTeams workflowTeams;

    public WorkflowService(Workflows workflows, WorkflowAssignments assignments, WorkflowLookup lookup,
                           WorkflowResolver resolver, Access access, Events events, Now now,
                           WorkflowTeams workflowTeams) {
        this.workflowTeams = workflowTeams;
        this.resolver = resolver;
        this.workflows = workflows;
        this.assignments = assignments;
        this.lookup = lookup;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<Workflow> create(Caller caller, String wsRef, WorkflowDefinition definition) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> {
            Workflow workflow = Workflow.create(ws.id(), definition, now.instant());
            return workflowTeams.check(workflow).chain(() -> workflows.insert(workflow, false))
                    .call(saved -> events.record("workflow.created", ws.id(), saved.id(), caller,
                            saved.createdAt(), WorkflowData.of(saved), null));
        });
    }

    public Uni<Workflow> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> lookup.load(ws.id(), id));
    }

    public Uni<Page<Workflow>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> workflows.list(ws.id(), page));
    }

    /** For a workspace already resolved (a GraphQL field of it): the scope is checked in memory. */
    public Uni<Page<Workflow>> list(Caller caller, UUID workspaceId, PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return workflows.list(workspaceId, page);
    }

    /** The workflow each project's items follow by default (its own, or the workspace default): two statements. */
    public Uni<java.util.Map<UUID, Workflow>> ofProjects(Caller caller, UUID workspaceId,
                                                        java.util.Collection<UUID> projectIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return resolver.projectDefaults(workspaceId, projectIds);
    }

    /** The id of the workspace's default workflow (for representations that mark it). */
    public Uni<UUID> defaultId(UUID workspaceId) {
        return workflows.workspaceDefault(workspaceId).map(Workflow::id);
    }

    public Uni<java.util.List<WorkflowTemplate>> templates(Caller caller, String wsRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).map(ws -> WorkflowTemplates.all());
    }

    /** Changes the definition; items in states it removes go where {@code mapping} says (required). */
    @WithTransaction
    public Uni<Workflow> revise(Caller caller, String wsRef, String id, Long expectedVersion,
                                WorkflowEdit edit, StateMapping mapping) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> lookup.load(ws.id(), id)
                .chain(current -> {
                    ExpectedVersion.check(expectedVersion, current.version(), "Workflow " + current.name());
                    return assignments.itemsPerState(ws.id(), current.id()).chain(counts -> {
                        var revision = current.revise(edit.applyTo(current), mapping, counts, now.instant());
                        Workflow revised = revision.workflow();
                        return workflowTeams.check(revised).chain(() -> assignments.moveItems(ws.id(), revised.id(),
                                        null, null, revision.moves().moves(),
                                        WorkflowData.doneStates(revised)))
                                .chain(moved -> workflows.update(revised))
                                .call(saved -> events.record("workflow.updated", ws.id(), saved.id(), caller,
                                        saved.updatedAt(), WorkflowData.withMoves(saved, revision.moves(), counts),
                                        WorkflowData.of(current)));
                    });
                }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> lookup.load(ws.id(), id)
                .chain(current -> {
                    ExpectedVersion.check(expectedVersion, current.version(), "Workflow " + current.name());
                    return workflows.inUse(ws.id(), current.id()).chain(used -> {
                        if (used) {
                            throw new DomainException(ErrorCode.WORKFLOW_IN_USE, "Workflow '" + current.name()
                                    + "' is the workspace default or is used by a project; assign the projects"
                                    + " another workflow first (PATCH …/projects/{key} {\"workflow\": …}).");
                        }
                        return workflows.delete(ws.id(), current.id(), current.version())
                                .call(() -> events.record("workflow.deleted", ws.id(), current.id(), caller,
                                        now.instant(), WorkflowData.of(current), null))
                                .replaceWith(current.id());
                    });
                }));
    }
}

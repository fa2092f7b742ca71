package io.worklane.api.application.workspace;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import io.worklane.domain.workspace.Workspaces;
import io.worklane.domain.workflow.WorkflowTemplates;
import io.worklane.domain.workflow.Workflows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Use cases of workspaces (tenants). Creating one is the instance administrator's privilege. */
@ApplicationScoped
public class WorkspaceService {
    private final Workspaces workspaces;
    private final Workflows workflows;
    private final Access access;
    private final Events events;
    private final Now now;

    public WorkspaceService(Workspaces workspaces, Workflows workflows, Access access, Events events, Now now) {
        this.workspaces = workspaces;
        this.workflows = workflows;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    public record Draft(String slug, String name, String defaultCurrency, String timeZone) {
    }

    public record Patch(Change<String> name, Change<String> defaultCurrency, Change<String> timeZone,
                        Change<String> searchConfig) {
        public Patch(Change<String> name, Change<String> defaultCurrency, Change<String> timeZone) {
            this(name, defaultCurrency, timeZone, Change.absent());
        }
    }

    @WithTransaction
    public Uni<Workspace> create(Caller caller, Draft draft) {
        access.requireInstanceAdmin(caller, "create workspaces");
        Workspace workspace = Workspace.create(draft.slug(), draft.name(), draft.defaultCurrency(), draft.timeZone(),
                now.instant());
        // every workspace starts with the default workflow, which its projects follow until they choose another
        return workspaces.insert(workspace)
                .call(created -> workflows.insert(WorkflowTemplates.DEFAULT.instantiate(created.id(), now.instant()),
                        true))
                .call(created -> events.record("workspace.created", created.id(),
                created.id(), caller, created.updatedAt(), WorkspaceData.of(created), null));
    }

    public Uni<Workspace> get(Caller caller, String ref) {
        return access.workspace(caller, ref, Scope.WORKSPACE_READ);
    }

    public Uni<Page<Workspace>> list(Caller caller, PageRequest page) {
        if (caller.instanceAdmin()) {
            return workspaces.list(null, page);
        }
        // the workspaces the caller belongs to and may read; none for a user who is no member yet
        List<UUID> readable = caller.workspaceIds().stream()
                .filter(id -> caller.holds(id, Scope.WORKSPACE_READ)).sorted().toList();
        if (readable.isEmpty() && !caller.workspaceIds().isEmpty()) {
            // bound to workspaces but may read none of them: the missing scope is the answer, not an empty list
            Access.require(caller, caller.workspaceIds().iterator().next(), Scope.WORKSPACE_READ);
        }
        return readable.isEmpty() ? Uni.createFrom().item(new Page<>(List.of(), null))
                : workspaces.list(readable, page);
    }

    @WithTransaction
    public Uni<Workspace> update(Caller caller, String ref, Long expectedVersion, Patch patch) {
        return access.workspace(caller, ref, Scope.ADMIN).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Workspace " + current.slug());
            Workspace changed = current.change(patch.name(), patch.defaultCurrency(), patch.timeZone(),
                    patch.searchConfig(), now.instant());
            return workspaces.update(changed).call(saved -> events.record("workspace.updated", saved.id(), saved.id(),
                    caller, saved.updatedAt(), WorkspaceData.of(saved), WorkspaceData.of(current)));
        });
    }

    /** Deletes the workspace and everything in it. Only the instance administrator may. */
    @WithTransaction
    public Uni<UUID> delete(Caller caller, String ref, Long expectedVersion) {
        // resolve first: another tenant's workspace is 404 for everyone but the instance administrator
        return access.workspace(caller, ref, Scope.ADMIN).chain(current -> {
            access.requireInstanceAdmin(caller, "delete workspaces");
            ExpectedVersion.check(expectedVersion, current.version(), "Workspace " + current.slug());
            return workspaces.delete(current.id(), current.version()).replaceWith(current.id());
        });
    }
}

package io.worklane.api.application.resource;

import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Allocations;
import io.worklane.domain.resource.NewAllocation;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Allocations: a resource reserved for a project or work item; over capacity is allowed and reported. */
@ApplicationScoped
public class AllocationService {
    private final ProjectAccess projectAccess;
    private final Allocations allocations;
    private final Resources resources;
    private final Projects projects;
    private final WorkItems workItems;
    private final Overallocation overallocation;
    private final Access access;
    private final Events events;
    private final Now now;

    public AllocationService(Allocations allocations, Resources resources, Projects projects, WorkItems workItems,
                             Overallocation overallocation, Access access, Events events, Now now, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.allocations = allocations;
        this.resources = resources;
        this.projects = projects;
        this.workItems = workItems;
        this.overallocation = overallocation;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<Allocation> create(Caller caller, String wsRef, AllocationDraft d) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> resolve(ws, d).chain(resolved -> {
            Allocation created = Allocation.create(ws.id(), resolved.n(), now.instant());
            return allocations.insert(created)
                    .call(saved -> events.record("allocation.created", ws.id(), saved.id(), caller, saved.createdAt(),
                            ResourceData.of(saved), null))
                    .call(saved -> overallocation.check(caller, resolved.resource(), null, saved, saved.createdAt()));
        }));
    }

    public Uni<Allocation> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_READ).chain(ws -> load(caller, ws.id(), id));
    }

    public Uni<Page<Allocation>> list(Caller caller, String wsRef, UUID resource, String project, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_READ).chain(ws -> (project == null
                ? Uni.createFrom().item(Optional.<Project>empty()) : projects.find(ws.id(), project))
                .chain(p -> project != null && p.isEmpty() ? Uni.createFrom().item(new Page<Allocation>(List.of(), null))
                        : allocations.list(ws.id(), resource, p.map(Project::id).orElse(null), page)
                        .chain(found -> projectAccess.visibleOnly(caller, ws.id(), found, Allocation::projectId))));
    }

    @WithTransaction
    public Uni<Allocation> update(Caller caller, String wsRef, String id, Long expectedVersion, AllocationPatch patch) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> load(caller, ws.id(), id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Allocation " + current.id());
            Allocation changed = current.change(patch.mergedInto(current), now.instant());
            return ResourceService.load(resources, ws.id(), current.resourceId().toString()).chain(resource ->
                    allocations.update(changed)
                            .call(saved -> events.record("allocation.updated", ws.id(), saved.id(), caller,
                                    saved.updatedAt(), ResourceData.of(saved), ResourceData.of(current)))
                            .call(saved -> overallocation.check(caller, resource, current, saved, saved.updatedAt())));
        }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> load(caller, ws.id(), id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Allocation " + current.id());
            return allocations.delete(ws.id(), current.id(), current.version())
                    .call(() -> events.record("allocation.deleted", ws.id(), current.id(), caller, now.instant(),
                            ResourceData.of(current), null))
                    .replaceWith(current.id());
        }));
    }

    /** The keys of the allocations' projects (one statement). */
    public Uni<Map<UUID, String>> projectKeys(UUID workspaceId, Collection<Allocation> shown) {
        return ProjectLookup.keys(projects, workspaceId, shown.stream().map(Allocation::projectId));
    }

    private Uni<Allocation> load(Caller caller, UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Allocation>empty()) : allocations.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.ALLOCATION_NOT_FOUND,
                        "Allocation", String.valueOf(ref))))
                // one of a private project the caller is not in does not exist for it (ADR 0084)
                .call(x -> projectAccess.requireSees(caller, workspaceId, x.projectId(), ErrorCode.ALLOCATION_NOT_FOUND, "Allocation",
                        String.valueOf(ref)));
    }

    private record Resolved(Resource resource, NewAllocation n) {
    }

    /** Resource, project and work item of this workspace (else 404), and the allocation's fields checked (400). */
    private Uni<Resolved> resolve(Workspace ws, AllocationDraft d) {
        UUID resourceId = Ids.parseOrNull(d.resource());
        Uni<Optional<Resource>> resource = resourceId == null ? Uni.createFrom().item(Optional.empty())
                : resources.find(ws.id(), resourceId);
        Uni<Optional<WorkItem>> item = d.workItem() == null ? Uni.createFrom().item(Optional.empty())
                : workItems.find(ws.id(), d.workItem());
        Uni<Optional<Project>> project = d.project() == null ? Uni.createFrom().item(Optional.empty())
                : projects.find(ws.id(), d.project());
        return resource.chain(r -> item.chain(i -> project.map(p -> {
            // another workspace's objects do not exist here: 404, as for every reference (tenancy)
            if (r.isEmpty()) {
                throw DomainException.notFound(ErrorCode.RESOURCE_NOT_FOUND, "Resource", String.valueOf(d.resource()));
            }
            if (d.workItem() != null && i.isEmpty()) {
                throw DomainException.notFound(ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", d.workItem());
            }
            if (d.project() != null && p.isEmpty()) {
                throw DomainException.notFound(ErrorCode.PROJECT_NOT_FOUND, "Project", d.project());
            }
            List<FieldError> errors = new ArrayList<>();
            if (d.project() == null && d.workItem() == null) {
                errors.add(new FieldError("project", "REQUIRED", "give the project (or a work item of it)"));
            }
            if (p.isPresent() && i.isPresent() && !p.get().id().equals(i.get().projectId())) {
                errors.add(new FieldError("workItem", "NOT_IN_PROJECT", "'" + d.workItem() + "' is not in project "
                        + p.get().key()));
            }
            UUID projectId = i.map(WorkItem::projectId).orElse(p.map(Project::id).orElse(null));
            NewAllocation n = new NewAllocation(resourceId == null ? UUID.randomUUID() : resourceId, projectId == null ? UUID.randomUUID() : projectId,
                    i.map(WorkItem::id).orElse(null), d.from(), d.to(), d.minutesPerWeek(), d.percent(), d.note());
            try {
                Allocation.create(ws.id(), n, now.instant());
            } catch (DomainException e) {
                errors.addAll(e.errors());
            }
            if (!errors.isEmpty()) {
                throw DomainException.validation(errors);
            }
            return new Resolved(r.get(), n);
        })));
    }
}

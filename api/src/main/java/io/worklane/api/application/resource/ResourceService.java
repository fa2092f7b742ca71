package io.worklane.api.application.resource;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.resource.NewResource;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.time.TimeEntries;
import io.worklane.domain.time.TimeEntry;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Resources of a workspace: writing needs {@code resources:write}, reading {@code resources:read}.
 * A change of cost rates re-prices the resource's unlocked time entries in the same transaction.
 */
@ApplicationScoped
public class ResourceService {
    private final Resources resources;
    private final TimeEntries timeEntries;
    private final MemberCheck members;
    private final Access access;
    private final Events events;
    private final Now now;

    public ResourceService(Resources resources, TimeEntries timeEntries, MemberCheck members, Access access,
                           Events events, Now now) {
        this.resources = resources;
        this.timeEntries = timeEntries;
        this.members = members;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<Resource> create(Caller caller, String wsRef, ResourceDraft draft) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> checked(ws, draft, null)
                .chain(resources::insert)
                .call(saved -> events.record("resource.created", ws.id(), saved.id(), caller, saved.createdAt(),
                        ResourceData.of(saved), null)));
    }

    public Uni<Resource> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_READ).chain(ws -> load(resources, ws.id(), id));
    }

    public Uni<Page<Resource>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_READ).chain(ws -> resources.list(ws.id(), page));
    }

    @WithTransaction
    public Uni<Resource> update(Caller caller, String wsRef, String id, Long expectedVersion, ResourcePatch patch) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> load(resources, ws.id(), id)
                .chain(current -> {
                    ExpectedVersion.check(expectedVersion, current.version(), "Resource " + current.id());
                    return checked(ws, patch.mergedInto(current), current)
                            .chain(resources::update)
                            .call(saved -> saved.costRates().equals(current.costRates()) ? Uni.createFrom().voidItem()
                                    : reprice(saved))
                            .call(saved -> events.record("resource.updated", ws.id(), saved.id(), caller,
                                    saved.updatedAt(), withRatesFlag(saved, current), ResourceData.of(current)));
                }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> load(resources, ws.id(), id)
                .chain(current -> {
                    ExpectedVersion.check(expectedVersion, current.version(), "Resource " + current.id());
                    return resources.archive(ws.id(), current.id(), current.version())
                            .call(() -> events.record("resource.deleted", ws.id(), current.id(), caller, now.instant(),
                                    ResourceData.of(current), null))
                            .replaceWith(current.id());
                }));
    }

    /** Loads a live resource of the workspace or refuses with RESOURCE_NOT_FOUND. */
    public static Uni<Resource> load(Resources resources, UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Resource>empty()) : resources.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.RESOURCE_NOT_FOUND,
                        "Resource", String.valueOf(ref))));
    }

    /** Entries of approved periods keep the cost they were approved with (ADR 0024). */
    private Uni<Void> reprice(Resource saved) {
        return timeEntries.unlockedOf(saved.workspaceId(), saved.id()).chain(entries -> {
            List<TimeEntry> changed = entries.stream()
                    .filter(e -> !Objects.equals(e.cost(), e.repriced(saved.costRates()).cost()))
                    .map(e -> e.repriced(saved.costRates())).toList();
            return timeEntries.writeCosts(changed);
        });
    }

    private static Map<String, Object> withRatesFlag(Resource saved, Resource current) {
        var data = ResourceData.of(saved);
        data.put("costRatesChanged", !saved.costRates().equals(current.costRates()));
        return data;
    }

    private Uni<Resource> checked(Workspace ws, ResourceDraft d, Resource current) {
        UUID memberId = d.member() == null ? null : Ids.parseOrNull(d.member());
        if (d.member() != null && memberId == null) {
            throw DomainException.validation(List.of(new FieldError("member", "UNKNOWN_MEMBER", "'" + d.member()
                    + "' is not a member id of this workspace")));
        }
        Map<String, Integer> capacity = d.capacity() == null || d.capacity().isEmpty() ? null : d.capacity();
        NewResource n = new NewResource(d.kind(), d.name(), memberId, d.skills(), capacity, d.timeOff(),
                d.costRates());
        Resource result = current == null ? Resource.create(ws.id(), n, now.instant()) : current.change(n, now.instant());
        if (memberId == null) {
            return Uni.createFrom().item(result);
        }
        return members.exist(ws.id(), "member", memberId)
                .chain(() -> resources.memberTaken(ws.id(), memberId, result.id()))
                .map(taken -> {
                    if (taken) {
                        throw new DomainException(ErrorCode.MEMBER_ALREADY_A_RESOURCE, "Member " + memberId
                                + " already is a resource of this workspace; change that one instead.");
                    }
                    return result;
                });
    }
}

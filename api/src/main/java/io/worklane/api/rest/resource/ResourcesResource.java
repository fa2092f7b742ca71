package io.worklane.api.rest.resource;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.resource.AllocationService;
import io.worklane.api.application.resource.CostVisibility;
import io.worklane.api.application.resource.HolidayService;
import io.worklane.api.application.resource.ResourceService;
import io.worklane.api.application.resource.SuggestionService;
import io.worklane.api.application.resource.WorkloadService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.resource.Allocation;
import io.worklane.openapi.api.ResourcesApi;
import io.worklane.openapi.model.AllocationCreate;
import io.worklane.openapi.model.HolidayCreate;
import io.worklane.openapi.model.HolidayList;
import io.worklane.openapi.model.ResourceCreate;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Resources, the holiday calendar, allocations, workload and assignment suggestions over REST. */
@Authenticated
public class ResourcesResource implements ResourcesApi {
    private final ResourceService resources;
    private final HolidayService holidays;
    private final AllocationService allocations;
    private final WorkloadService workload;
    private final SuggestionService suggestions;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public ResourcesResource(ResourceService resources, HolidayService holidays, AllocationService allocations,
                             WorkloadService workload, SuggestionService suggestions, CurrentCaller caller,
                             RestResponses responses) {
        this.resources = resources;
        this.holidays = holidays;
        this.allocations = allocations;
        this.workload = workload;
        this.suggestions = suggestions;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createResource(String ws, ResourceCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/resources", b,
                () -> resources.create(c, ws, ResourceRequests.draft(b)),
                r -> ResourceDtos.of(r, CostVisibility.showsCosts(c, r.workspaceId())),
                r -> "/api/v1/workspaces/" + r.workspaceId() + "/resources/" + r.id());
    }

    @Override
    public CompletionStage<Response> listResources(String ws, Integer limit, String cursor) {
        Caller c = caller.get();
        return responses.list(resources.list(c, ws, Pages.of(limit, cursor, "createdAt")), page -> ResourceDtos.of(page,
                page.items().isEmpty() || CostVisibility.showsCosts(c, page.items().get(0).workspaceId())));
    }

    @Override
    public CompletionStage<Response> getResource(String ws, UUID resourceId) {
        Caller c = caller.get();
        return responses.ok(resources.get(c, ws, resourceId.toString()),
                r -> ResourceDtos.of(r, CostVisibility.showsCosts(c, r.workspaceId())), r -> r.version());
    }

    @Override
    public CompletionStage<Response> updateResource(String ws, UUID resourceId, Map body, String ifMatch) {
        Caller c = caller.get();
        var patch = ResourceRequests.resourcePatch(body);
        return responses.ok(resources.update(c, ws, resourceId.toString(), Versions.ifMatch(ifMatch), patch),
                r -> ResourceDtos.of(r, CostVisibility.showsCosts(c, r.workspaceId())), r -> r.version());
    }

    @Override
    public CompletionStage<Response> deleteResource(String ws, UUID resourceId, String ifMatch) {
        return responses.noContent(resources.delete(caller.get(), ws, resourceId.toString(), Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> createHoliday(String ws, HolidayCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/holidays", b,
                () -> holidays.create(c, ws, b.getDate() == null ? null : b.getDate().toString(), b.getName()),
                ResourceDtos::of, h -> "/api/v1/workspaces/" + h.workspaceId() + "/holidays/" + h.id());
    }

    @Override
    public CompletionStage<Response> listHolidays(String ws, LocalDate from, LocalDate to) {
        return responses.list(holidays.list(caller.get(), ws, from, to),
                list -> new HolidayList().items(list.stream().map(ResourceDtos::of).toList()));
    }

    @Override
    public CompletionStage<Response> deleteHoliday(String ws, UUID holidayId, String ifMatch) {
        return responses.noContent(holidays.delete(caller.get(), ws, holidayId.toString(), Versions.ifMatch(ifMatch)));
    }

    @Override
    public CompletionStage<Response> createAllocation(String ws, AllocationCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/allocations", b,
                () -> view(allocations.create(c, ws, ResourceRequests.draft(b))), v -> v.dto,
                v -> "/api/v1/workspaces/" + v.allocation.workspaceId() + "/allocations/" + v.allocation.id());
    }

    @Override
    public CompletionStage<Response> listAllocations(String ws, Integer limit, String cursor, UUID resource,
                                                     String project) {
        return responses.list(allocations.list(caller.get(), ws, resource, project, Pages.of(limit, cursor,
                "createdAt")).chain(page -> page.items().isEmpty()
                ? Uni.createFrom().item(ResourceDtos.of(page, Map.of()))
                : allocations.projectKeys(page.items().get(0).workspaceId(), page.items())
                .map(keys -> ResourceDtos.of(page, keys))), dto -> dto);
    }

    @Override
    public CompletionStage<Response> getAllocation(String ws, UUID allocationId) {
        return responses.ok(view(allocations.get(caller.get(), ws, allocationId.toString())), v -> v.dto,
                v -> v.allocation.version());
    }

    @Override
    public CompletionStage<Response> updateAllocation(String ws, UUID allocationId, Map body, String ifMatch) {
        var patch = ResourceRequests.allocationPatch(body);
        return responses.ok(view(allocations.update(caller.get(), ws, allocationId.toString(),
                Versions.ifMatch(ifMatch), patch)), v -> v.dto, v -> v.allocation.version());
    }

    @Override
    public CompletionStage<Response> deleteAllocation(String ws, UUID allocationId, String ifMatch) {
        return responses.noContent(allocations.delete(caller.get(), ws, allocationId.toString(),
                Versions.ifMatch(ifMatch)).replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> getWorkload(LocalDate from, LocalDate to, String ws, String granularity,
                                                 UUID resource, String project, String team) {
        return responses.list(workload.workload(caller.get(), ws, from == null ? null : from.toString(),
                to == null ? null : to.toString(), granularity, resource, project, team), WorkloadDtos::json);
    }

    @Override
    public CompletionStage<Response> listAssignmentSuggestions(String ws, String workItem) {
        return responses.list(suggestions.suggest(caller.get(), ws, workItem), WorkloadDtos::of);
    }

    private Uni<View> view(Uni<Allocation> allocation) {
        return allocation.chain(a -> allocations.projectKeys(a.workspaceId(), List.of(a))
                .map(keys -> new View(a, ResourceDtos.of(a, keys))));
    }

    /** An allocation with its REST representation (which needs its project's key). */
    private record View(Allocation allocation, io.worklane.openapi.model.Allocation dto) {
    }
}

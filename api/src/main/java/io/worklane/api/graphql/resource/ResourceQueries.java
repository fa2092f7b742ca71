package io.worklane.api.graphql.resource;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.resource.AllocationService;
import io.worklane.api.application.resource.CostVisibility;
import io.worklane.api.application.resource.ResourceService;
import io.worklane.api.application.resource.WorkloadService;
import io.worklane.api.application.time.TimeEntryService;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.resources, allocations, workload and timeEntries: the same use cases as REST. */
@GraphQLApi
@Authenticated
public class ResourceQueries {
    private final ResourceService resources;
    private final AllocationService allocations;
    private final WorkloadService workload;
    private final TimeEntryService timeEntries;
    private final CurrentCaller caller;

    public ResourceQueries(ResourceService resources, AllocationService allocations, WorkloadService workload,
                           TimeEntryService timeEntries, CurrentCaller caller) {
        this.resources = resources;
        this.allocations = allocations;
        this.workload = workload;
        this.timeEntries = timeEntries;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's resources, oldest first, at most 200: use resourcesConnection, which pages.")
    @Deprecated
    public Uni<List<@NonNull Resource>> resources(@Source Workspace workspace) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return resources.list(who, workspace.getId(), PageRequest.of(PageRequest.MAX_LIMIT, null))
                    .map(p -> p.items().stream().map(r -> new Resource(r, CostVisibility.showsCosts(who,
                            r.workspaceId()))).toList());
        });
    }

    @NonNull
    @Description("Allocations, oldest first, at most 200: use allocationsConnection, which pages.")
    @Deprecated
    public Uni<List<ResourceTypes.@NonNull Allocation>> allocations(@Source Workspace workspace,
                                                                   @Id @Name("resource") String resource,
                                                                   @Name("project") String project) {
        return Uni.createFrom().deferred(() -> allocations.list(caller.get(), workspace.getId(),
                        ResourceListFields.onlyResource(resource), project, PageRequest.of(PageRequest.MAX_LIMIT, null)))
                .map(p -> p.items().stream().map(ResourceTypes.Allocation::of).toList());
    }

    @NonNull
    @Description("Per resource and ISO week (or day): capacity, allocated, assigned and logged minutes, utilization "
            + "and over-allocation. At most 106 weeks or 93 days. Needs resources:read.")
    public Uni<ResourceTypes.Workload> workload(@Source Workspace workspace,
                                                @Description("Required (null is refused with REQUIRED).")
                                                @Name("from") LocalDate from,
                                                @Description("Required, not before from.") @Name("to") LocalDate to,
                                                @Name("granularity") ResourceTypes.Granularity granularity,
                                                @Id @Name("resource") String resource,
                                                @Name("project") String project,
                                                @Description("Only the resources of this team's members.")
                                                @Id @Name("team") String team) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            java.util.UUID only = ResourceListFields.onlyResource(resource);
            return workload.workload(who, workspace.getId(), from == null ? null : from.toString(),
                    to == null ? null : to.toString(),
                    granularity == null ? null : granularity.name(), only, project, team).map(r -> new ResourceTypes.Workload(
                    r.range().start(), r.range().end(), ResourceTypes.Granularity.valueOf(r.range().granularity().name()),
                    r.resources().stream().map(w -> new ResourceTypes.ResourceWorkload(new Resource(w.resource(),
                            CostVisibility.showsCosts(who, w.resource().workspaceId())), w.periods().stream()
                            .map(p -> new ResourceTypes.WorkloadPeriod(p.start(), p.capacityMinutes(),
                                    p.allocatedMinutes(), p.assignedMinutes(), p.loggedMinutes(), p.utilization(),
                                    p.overallocated())).toList())).toList()));
        });
    }

    @NonNull
    @Description("Time entries, newest day first, at most 200: use timeEntriesConnection, which pages.")
    @Deprecated
    public Uni<List<ResourceTypes.@NonNull TimeEntry>> timeEntries(@Source Workspace workspace,
                                                                  @Id @Name("resource") String resource,
                                                                  @Name("workItem") String workItem,
                                                                  @Name("project") String project,
                                                                  @Name("from") LocalDate from,
                                                                  @Name("to") LocalDate to) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return timeEntries.list(who, workspace.getId(), new TimeEntryService.Filter(
                            ResourceListFields.onlyResource(resource), workItem, project, from, to, null),
                            PageRequest.of(PageRequest.MAX_LIMIT, null))
                    .map(p -> p.items().stream().map(t -> ResourceTypes.TimeEntry.of(t,
                            CostVisibility.showsCosts(who, t.workspaceId()))).toList());
        });
    }
}

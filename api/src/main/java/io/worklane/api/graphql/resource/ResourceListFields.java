package io.worklane.api.graphql.resource;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.resource.AllocationService;
import io.worklane.api.application.resource.CostVisibility;
import io.worklane.api.application.resource.ResourceService;
import io.worklane.api.application.time.TimeEntryService;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Ids;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.resources, allocations and time entries as connections (ADR 0072): the same use cases as REST. */
@GraphQLApi
@Authenticated
public class ResourceListFields {
    private final ResourceService resources;
    private final AllocationService allocations;
    private final TimeEntryService timeEntries;
    private final CurrentCaller caller;

    public ResourceListFields(ResourceService resources, AllocationService allocations, TimeEntryService timeEntries,
                              CurrentCaller caller) {
        this.resources = resources;
        this.allocations = allocations;
        this.timeEntries = timeEntries;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's resources, oldest first, in pages. Needs resources:read.")
    public Uni<ResourceConnections.Connection> resourcesConnection(@Source Workspace workspace, @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return resources.list(who, workspace.getId(), Paging.request(first, after, Paging.CREATED_AT))
                    .map(p -> ResourceConnections.Connection.of(p, CostVisibility.showsCosts(who,
                            workspace.domain().id())));
        });
    }

    @NonNull
    @Description("Allocations, oldest first, in pages, optionally of one resource or project. Needs resources:read.")
    public Uni<ResourceListConnections.AllocationConnection> allocationsConnection(@Source Workspace workspace,
            @Id @Name("resource") String resource, @Name("project") String project, @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> allocations.list(caller.get(), workspace.getId(), onlyResource(resource),
                project, Paging.request(first, after, Paging.CREATED_AT)))
                .map(ResourceListConnections.AllocationConnection::of);
    }

    @NonNull
    @Description("Time entries, newest day first, in pages, optionally of one resource, work item or project, "
            + "from..to. Needs time_entries:read.")
    public Uni<ResourceListConnections.TimeEntryConnection> timeEntriesConnection(@Source Workspace workspace,
            @Id @Name("resource") String resource, @Name("workItem") String workItem, @Name("project") String project,
            @Name("from") LocalDate from, @Name("to") LocalDate to, @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return timeEntries.list(who, workspace.getId(), new TimeEntryService.Filter(onlyResource(resource),
                            workItem, project, from, to, null),
                            Paging.request(first, after, ResourceListConnections.NEWEST_DAY_FIRST))
                    .map(p -> ResourceListConnections.TimeEntryConnection.of(p, CostVisibility.showsCosts(who,
                            workspace.domain().id())));
        });
    }

    /** A resource id as given; one that is not an id matches nothing (the nil UUID), as in REST. */
    static UUID onlyResource(String resource) {
        return resource == null ? null
                : Optional.ofNullable(Ids.parseOrNull(resource)).orElse(new UUID(0, 0));
    }
}

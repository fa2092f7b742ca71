package io.worklane.api.graphql.resource;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The workspace's allocations and time entries as connections (ADR 0072). */
public final class ResourceListConnections {
    /** Time entries list newest day first: the cursor carries the day, descending. */
    static final String NEWEST_DAY_FIRST = "-date";

    private ResourceListConnections() {
    }

    @Type("AllocationEdge")
    @Description("An allocation and its cursor.")
    public record AllocationEdge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                                 @NonNull @Description("The allocation.") ResourceTypes.Allocation node) {
    }

    @Type("AllocationConnection")
    @Description("Allocations, oldest first.")
    public record AllocationConnection(@NonNull @Description("This page.") List<@NonNull AllocationEdge> edges,
                                       @NonNull @Description("Whether there are more, and the cursor to ask for them "
                                               + "with after:.") PageInfo pageInfo) {
        static AllocationConnection of(Page<io.worklane.domain.resource.Allocation> page) {
            return Paging.connectionByCreation(page, a -> a.createdAt(), a -> a.id(),
                    (cursor, a) -> new AllocationEdge(cursor, ResourceTypes.Allocation.of(a)), AllocationConnection::new);
        }
    }

    @Type("TimeEntryEdge")
    @Description("A time entry and its cursor.")
    public record TimeEntryEdge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                                @NonNull @Description("The time entry.") ResourceTypes.TimeEntry node) {
    }

    @Type("TimeEntryConnection")
    @Description("Time entries, newest day first.")
    public record TimeEntryConnection(@NonNull @Description("This page.") List<@NonNull TimeEntryEdge> edges,
                                      @NonNull @Description("Whether there are more, and the cursor to ask for them "
                                              + "with after:.") PageInfo pageInfo) {
        /** {@code costs}: whether the caller sees cost figures in this workspace. */
        static TimeEntryConnection of(Page<io.worklane.domain.time.TimeEntry> page, boolean costs) {
            return Paging.connection(page, t -> Paging.cursor(NEWEST_DAY_FIRST, t.date().toString(), t.id()),
                    (cursor, t) -> new TimeEntryEdge(cursor, ResourceTypes.TimeEntry.of(t, costs)), TimeEntryConnection::new);
        }
    }
}

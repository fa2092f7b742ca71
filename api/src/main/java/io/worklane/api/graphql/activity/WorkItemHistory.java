package io.worklane.api.graphql.activity;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workitem.ActivityBatches;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Page;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The history of work items and the time they spent in each state: the items of one level cost one
 * statement per workspace each. Like Project.workItems, all occurrences of activity in one query must
 * have the same arguments (BatchedArguments).
 */
@GraphQLApi
@Authenticated
public class WorkItemHistory {
    private final ActivityBatches batches;
    private final CurrentCaller caller;

    public WorkItemHistory(ActivityBatches batches, CurrentCaller caller) {
        this.batches = batches;
        this.caller = caller;
    }

    @NonNull
    @Description("Every change to the item, oldest first: one entry per changed field, beginning with created. "
            + "All occurrences of this field in one query must have the same arguments.")
    public Uni<List<@NonNull ActivityEntryConnection>> activity(@Source List<WorkItem> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, ActivityEntryConnection.SORT);
            return Batches.<WorkItem, UUID, Page<io.worklane.domain.activity.ActivityEntry>>load(sources,
                    w -> w.domain().workspaceId(), w -> List.of(w.domain().id()),
                    (ws, ids) -> batches.pages(who, ws, ids, page));
        }).map(found -> sources.stream().map(w -> ActivityEntryConnection.of(
                found.getOrDefault(w.domain().id(), new Page<>(List.of(), null)))).toList());
    }

    @NonNull
    @Description("How long the item has been in each state of its workflow, in the order first entered, until now.")
    public Uni<List<@NonNull List<@NonNull TimeInState>>> statusDurations(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var items = sources.stream().collect(Collectors.toMap(w -> w.domain().id(), WorkItem::domain, (a, b) -> a));
            return Batches.<WorkItem, UUID, List<io.worklane.domain.workflow.StatusDurations.TimeInState>>load(sources,
                    w -> w.domain().workspaceId(), w -> List.of(w.domain().id()),
                    (ws, ids) -> batches.statusDurations(who, ws, ids.stream().map(items::get).toList()));
        }).map(found -> sources.stream().map(w -> found.getOrDefault(w.domain().id(), List.of()).stream()
                .map(TimeInState::of).toList()).toList());
    }
}

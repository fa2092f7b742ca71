package io.worklane.api.graphql.workitem;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.reads.BatchReads;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.workspace.Member;
import io.worklane.api.security.CurrentCaller;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The people of work items: all assignees (or reporters) of one level in one statement per workspace. */
@GraphQLApi
@Authenticated
public class WorkItemPeople {
    private final BatchReads reads;
    private final CurrentCaller caller;

    public WorkItemPeople(BatchReads reads, CurrentCaller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @Description("The members working on the item, in the order they were assigned.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Member>>> assignees(@Source List<WorkItem> sources) {
        return members(sources, w -> w.domain().assigneeIds())
                .map(found -> sources.stream().map(w -> w.domain().assigneeIds().stream()
                        .filter(found::containsKey).map(id -> new Member(found.get(id))).toList()).toList());
    }

    @Description("The member who asked for the item.")
    public Uni<List<Member>> reporter(@Source List<WorkItem> sources) {
        return members(sources, w -> Optional.ofNullable(w.domain().reporterId()).stream().toList())
                .map(found -> sources.stream().map(w -> {
                    UUID id = w.domain().reporterId();
                    return id == null || !found.containsKey(id) ? null : new Member(found.get(id));
                }).toList());
    }

    private Uni<Map<UUID, io.worklane.domain.workspace.Member>> members(List<WorkItem> sources,
            java.util.function.Function<WorkItem, List<UUID>> idsOf) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, io.worklane.domain.workspace.Member>load(sources, WorkItemRelations::ws,
                    idsOf::apply, (ws, ids) -> reads.members(who, ws, ids).map(found -> Batches.byId(found,
                            io.worklane.domain.workspace.Member::id)));
        });
    }
}

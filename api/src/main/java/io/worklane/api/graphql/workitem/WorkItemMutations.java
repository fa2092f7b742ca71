package io.worklane.api.graphql.workitem;

import io.worklane.api.graphql.shared.Changes;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.application.workitem.WorkItemRanking;
import io.worklane.api.application.workitem.WorkItemService;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class WorkItemMutations {
    private final WorkItemService workItems;
    private final WorkItemQueries queries;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;
    private final WorkItemRanking ranking;

    public WorkItemMutations(WorkItemService workItems, WorkItemQueries queries, IdempotentCreate idempotent,
                             CurrentCaller caller, WorkItemRanking ranking) {
        this.ranking = ranking;
        this.workItems = workItems;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Description("Creates a work item in a project; it starts in its workflow's initial state (or status) and "
            + "gets the next number of its project. Needs work_items:write.")
    @Mutation("createWorkItem")
    public Uni<WorkItemPayload> createWorkItem(@Name("input") @NonNull CreateWorkItemInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = WorkItemInputs.draft(in);
            return idempotent.run(who, in.idempotencyKey, "createWorkItem", in,
                    () -> workItems.create(who, in.workspace, draft),
                    w -> w.id().toString(), id -> queries.get(who, in.workspace, id));
        }).map(w -> new WorkItemPayload(new WorkItem(w)));
    }

    @Description("Changes a work item: fields given are set, fields in clear are removed, the rest stay. The "
            + "status changes only through transitionWorkItem. Needs work_items:write.")
    @Mutation("updateWorkItem")
    public Uni<WorkItemPayload> updateWorkItem(@Name("input") @NonNull UpdateWorkItemInput in) {
        return Uni.createFrom().deferred(() -> workItems.update(caller.get(), in.workspace, in.workItem,
                        Changes.version(in.expectedVersion), WorkItemInputs.patch(in)))
                .map(w -> new WorkItemPayload(new WorkItem(w)));
    }

    @Mutation("rankWorkItem")
    @Description("Places a work item in its project's manual order (boards, orderBy RANK): only its rank changes; "
            + "a change of the item (version, work_item.updated, history). Needs work_items:write.")
    public Uni<WorkItemPayload> rankWorkItem(@Name("input") @NonNull RankWorkItemInput in) {
        return Uni.createFrom().deferred(() -> ranking.rank(caller.get(), in.workspace, in.workItem,
                        new WorkItemRanking.Move(in.before, in.after), Changes.version(in.expectedVersion)))
                .map(w -> new WorkItemPayload(new WorkItem(w)));
    }

    @Description("Deletes the work item and its comments; its children are kept and lose their parent; its key is "
            + "not reused. Needs work_items:write.")
    @Mutation("deleteWorkItem")
    public Uni<DeletePayload> deleteWorkItem(@Name("input") @NonNull DeleteWorkItemInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            // the use case checks the write scope before it looks the item up, as REST does
            return workItems.delete(who, in.workspace, in.workItem, Changes.version(in.expectedVersion))
                    .map(id -> new DeletePayload(id.toString()));
        });
    }
}

package io.worklane.api.graphql.approval;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.approval.ApprovalReads;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Page;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** WorkItem.approvals and approvalsConnection: the approvals of every item of a level in one statement per workspace. */
@GraphQLApi
@Authenticated
public class WorkItemApprovals {
    private final ApprovalReads reads;
    private final CurrentCaller caller;

    public WorkItemApprovals(ApprovalReads reads, CurrentCaller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @Description("The approvals requested on the item, oldest first, at most 200 (the last is the latest): use "
            + "approvalsConnection, which pages.")
    @Deprecated
    @NonNull
    public Uni<List<@NonNull List<@NonNull Approval>>> approvals(@Source List<WorkItem> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<WorkItem, UUID, List<io.worklane.domain.workflow.approval.Approval>>load(sources,
                    w -> w.domain().workspaceId(), w -> List.of(w.domain().id()),
                    (ws, ids) -> reads.ofWorkItems(who, ws, ids));
        }).map(found -> sources.stream().map(w -> found.getOrDefault(w.domain().id(), List.of()).stream()
                .map(Approval::new).toList()).toList());
    }

    @Description("The approvals requested on the item, oldest first, in pages. Needs work_items:read. All occurrences"
            + " of this field in one query must have the same arguments.")
    @NonNull
    public Uni<List<@NonNull ApprovalConnection>> approvalsConnection(@Source List<WorkItem> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, ApprovalConnection.SORT);
            return Batches.<WorkItem, UUID, Page<io.worklane.domain.workflow.approval.Approval>>load(sources,
                    w -> w.domain().workspaceId(), w -> List.of(w.domain().id()),
                    (ws, ids) -> reads.pagesOfWorkItems(who, ws, ids, page));
        }).map(found -> sources.stream().map(w -> ApprovalConnection.of(found.getOrDefault(w.domain().id(),
                Page.empty()))).toList());
    }
}

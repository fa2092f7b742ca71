package io.worklane.api.graphql.approval;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.reads.BatchReads;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.graphql.workspace.Member;
import io.worklane.api.security.CurrentCaller;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The work item and the people of approvals: one statement per level and workspace each, whatever the rows. */
@GraphQLApi
@Authenticated
public class ApprovalRelations {
    private final BatchReads reads;
    private final CurrentCaller caller;

    public ApprovalRelations(BatchReads reads, CurrentCaller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @NonNull
    @Description("The work item the decision is requested on.")
    public Uni<List<@NonNull WorkItem>> workItem(@Source List<Approval> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Approval, UUID, io.worklane.domain.workitem.WorkItem>load(sources,
                    a -> a.domain().workspaceId(), a -> List.of(a.domain().workItemId()),
                    (ws, ids) -> reads.workItems(who, ws, ids)
                            .map(found -> Batches.byId(found, io.worklane.domain.workitem.WorkItem::id)));
        }).map(found -> sources.stream().map(a -> new WorkItem(found.get(a.domain().workItemId()))).toList());
    }

    @NonNull
    @Description("The members named as approvers, in the order given; empty when a role decides.")
    public Uni<List<@NonNull List<@NonNull Member>>> approvers(@Source List<Approval> sources) {
        return members(sources, a -> a.domain().workspaceId(), a -> a.domain().approverIds())
                .map(found -> sources.stream().map(a -> a.domain().approverIds().stream().filter(found::containsKey)
                        .map(id -> new Member(found.get(id))).toList()).toList());
    }

    @Description("The member who decided; null once that member has been removed from the workspace.")
    public Uni<List<Member>> member(@Source List<ApprovalDecision> sources) {
        return members(sources, ApprovalDecision::workspaceId, d -> List.of(d.memberId()))
                .map(found -> sources.stream().map(d -> found.containsKey(d.memberId())
                        ? new Member(found.get(d.memberId())) : null).toList());
    }

    private <S> Uni<Map<UUID, io.worklane.domain.workspace.Member>> members(List<S> sources,
            Function<S, UUID> workspaceOf, Function<S, Collection<UUID>> idsOf) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<S, UUID, io.worklane.domain.workspace.Member>load(sources, workspaceOf, idsOf,
                    (ws, ids) -> reads.members(who, ws, ids).map(found -> Batches.byId(found,
                            io.worklane.domain.workspace.Member::id)));
        });
    }
}

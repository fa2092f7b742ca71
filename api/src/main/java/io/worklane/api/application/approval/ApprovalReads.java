package io.worklane.api.application.approval;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.Approvals;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Approvals of many work items at once (GraphQL batch resolvers): one statement per workspace, none for none. */
@ApplicationScoped
public class ApprovalReads {
    private final Approvals approvals;

    public ApprovalReads(Approvals approvals) {
        this.approvals = approvals;
    }

    /** Each item's approvals, oldest first (at most 200 each). */
    public Uni<Map<UUID, List<Approval>>> ofWorkItems(Caller caller, UUID workspaceId, Collection<UUID> workItemIds) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return workItemIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : approvals.byWorkItems(workspaceId, workItemIds);
    }

    /** A page of each item's approvals, oldest first. */
    public Uni<Map<UUID, Page<Approval>>> pagesOfWorkItems(Caller caller, UUID workspaceId,
                                                           Collection<UUID> workItemIds, PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return approvals.pagesByWorkItems(workspaceId, workItemIds, page);
    }
}

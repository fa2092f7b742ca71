package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import java.util.UUID;

/** Finds a work item of a workspace by id or key, or refuses with WORK_ITEM_NOT_FOUND. */
public final class WorkItemLookup {
    private WorkItemLookup() {
    }

    public static Uni<WorkItem> load(WorkItems workItems, UUID workspaceId, String ref) {
        return workItems.find(workspaceId, ref).map(found -> found.orElseThrow(
                () -> DomainException.notFound(ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", ref)));
    }
}

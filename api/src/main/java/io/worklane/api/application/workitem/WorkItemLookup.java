package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.shared.Caller;
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

    /** The item, if the caller also sees its project: an item of a hidden private project is 404 (ADR 0084). */
    public static Uni<WorkItem> load(WorkItems workItems, Caller caller, UUID workspaceId, String ref) {
        return load(workItems, workspaceId, ref).call(w -> ProjectAccess.current().requireSees(caller, workspaceId,
                w.projectId(), ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", ref));
    }
}

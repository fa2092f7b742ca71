package io.worklane.api.rest.workitem;

import io.worklane.api.application.workitem.WorkItemDraft;
import io.worklane.api.application.workitem.WorkItemPatch;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.openapi.model.WorkItemCreate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/** REST request bodies → application inputs for work items. */
final class WorkItemRequests {
    static final Set<String> PATCHABLE = Set.of("title", "description", "status", "priority", "assigneeIds",
            "reporterId", "parent", "startDate", "dueDate", "estimateMinutes", "labels", "customFields", "startNoEarlierThan",
            "finishNoLaterThan", "phase", "team");

    private WorkItemRequests() {
    }

    static WorkItemDraft draft(WorkItemCreate b) {
        return new WorkItemDraft(b.getProject(), b.getType() == null ? null : WorkItemType.valueOf(b.getType().name()),
                b.getTitle(), b.getDescription(), b.getStatus(),
                b.getPriority() == null ? null : Priority.valueOf(b.getPriority().name()),
                b.getAssigneeIds() == null ? null : new ArrayList<>(b.getAssigneeIds()), b.getReporterId(),
                b.getParent(), b.getStartDate(), b.getDueDate(), b.getEstimateMinutes(), b.getLabels(),
                b.getCustomFields(), b.getStartNoEarlierThan(), b.getFinishNoLaterThan(), b.getPhase())
                .withTeam(b.getTeam());
    }

    static WorkItemPatch patch(Map<?, ?> body) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        WorkItemPatch patch = new WorkItemPatch(p.requiredText("title"), p.text("description"),
                p.requiredText("status"), p.enumValue("priority", Priority.class), p.uuids("assigneeIds"),
                p.uuid("reporterId"), p.text("parent"), p.date("startDate"), p.date("dueDate"),
                p.integer("estimateMinutes"), p.strings("labels"), p.object("customFields"),
                p.date("startNoEarlierThan"), p.date("finishNoLaterThan"), p.text("phase")).withTeam(p.text("team"));
        p.check();
        return patch;
    }
}

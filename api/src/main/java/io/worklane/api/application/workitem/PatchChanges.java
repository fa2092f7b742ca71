package io.worklane.api.application.workitem;

import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.WorkItemChanges;
import java.util.Map;
import java.util.UUID;

/** Turns a resolved patch into the domain's changes: references are ids by now. */
final class PatchChanges {
    private PatchChanges() {
    }

    static WorkItemChanges of(WorkItemPatch p, Change<UUID> parentId, Change<Map<String, Object>> customFields,
                              Change<UUID> phaseId, Change<UUID> teamId) {
        return new WorkItemChanges(Change.absent(), p.title(), p.description(), p.status(), p.priority(),
                p.assigneeIds(), p.reporterId(), parentId, p.startDate(), p.dueDate(), p.estimateMinutes(),
                p.labels(), customFields).withPlanning(phaseId, p.startNoEarlierThan(), p.finishNoLaterThan())
                .withTeam(teamId);
    }
}

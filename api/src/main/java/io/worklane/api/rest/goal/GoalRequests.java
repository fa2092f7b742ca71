package io.worklane.api.rest.goal;

import io.worklane.api.application.goal.GoalDraft;
import io.worklane.api.application.goal.GoalPatch;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.domain.goal.GoalStatus;
import io.worklane.openapi.model.GoalCreate;
import java.util.Map;
import java.util.Set;

/** A goal's REST bodies → application input: the create body, and the merge patch of its own fields. */
final class GoalRequests {
    private static final Set<String> PATCHABLE = Set.of("title", "description", "owner", "periodStart", "periodEnd",
            "parent", "status");

    private GoalRequests() {
    }

    static GoalDraft draft(GoalCreate b) {
        return new GoalDraft(b.getTitle(), b.getDescription(), b.getOwner(), b.getPeriodStart(), b.getPeriodEnd(),
                b.getParent(), b.getStatus() == null ? null : GoalStatus.valueOf(b.getStatus().name()));
    }

    /** Unknown or malformed members are refused together (VALIDATION_FAILED), before anything is read. */
    static GoalPatch patch(Map<?, ?> body) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        var patch = new GoalPatch(p.requiredText("title"), p.text("description"), p.uuid("owner"),
                p.date("periodStart"), p.date("periodEnd"), p.text("parent"), p.enumValue("status", GoalStatus.class));
        p.check();
        return patch;
    }
}

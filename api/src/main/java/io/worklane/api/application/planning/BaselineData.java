package io.worklane.api.application.planning;

import io.worklane.api.application.budget.CostAccess;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.project.Project;
import java.util.LinkedHashMap;
import java.util.Map;

/** Event payloads of baselines (never the BAC: the change feed is not cost data) and who may see BAC. */
final class BaselineData {
    private BaselineData() {
    }

    static Map<String, Object> of(Baseline b, Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id().toString());
        m.put("projectId", p.id().toString());
        m.put("projectKey", p.key());
        m.put("name", b.name());
        m.put("finish", b.finish() == null ? null : b.finish().toString());
        m.put("itemCount", b.itemCount());
        return m;
    }

    /** BAC is budget data: it needs budgets:read and the budget's cost visibility, as the budget itself. */
    static boolean maySeeCosts(Caller caller, Project p, boolean visibleToMembers) {
        return caller.holds(p.workspaceId(), Scope.BUDGETS_READ)
                && CostAccess.maySee(caller, p.workspaceId(), p, visibleToMembers);
    }
}

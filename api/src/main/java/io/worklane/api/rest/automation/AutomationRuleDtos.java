package io.worklane.api.rest.automation;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.RuleRuns;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.AutomationRuleList;
import io.worklane.openapi.model.AutomationRunList;
import io.worklane.openapi.model.AutomationRunStatus;
import java.util.Map;
import java.util.UUID;

/** Rules and their runs in their REST shapes, field by field; trigger and actions in their JSON shapes. */
final class AutomationRuleDtos {
    private AutomationRuleDtos() {
    }

    static io.worklane.openapi.model.AutomationRule of(AutomationRule r, Map<UUID, String> projectKeys) {
        return new io.worklane.openapi.model.AutomationRule().id(r.id()).projectId(r.projectId())
                .projectKey(r.projectId() == null ? null : projectKeys.get(r.projectId())).name(r.name())
                .enabled(r.enabled()).trigger(r.trigger().toJson())
                .condition(r.condition() == null ? null : r.condition().text())
                .actions(r.actions().stream().map(a -> (Map) a.toJson()).toList()).version(r.version())
                .createdAt(Dates.utc(r.createdAt())).updatedAt(Dates.utc(r.updatedAt()));
    }

    static AutomationRuleList of(Page<AutomationRule> page, Map<UUID, String> projectKeys) {
        return new AutomationRuleList().items(page.items().stream().map(r -> of(r, projectKeys)).toList())
                .nextCursor(page.nextCursor());
    }

    static AutomationRunList runs(Page<RuleRuns.Logged> page) {
        return new AutomationRunList().items(page.items().stream().map(AutomationRuleDtos::run).toList())
                .nextCursor(page.nextCursor());
    }

    private static io.worklane.openapi.model.AutomationRun run(RuleRuns.Logged logged) {
        var r = logged.run();
        return new io.worklane.openapi.model.AutomationRun().id(logged.id()).ruleId(r.ruleId())
                .workItemId(r.workItemId()).status(AutomationRunStatus.fromValue(r.status().name()))
                .message(r.message()).depth(r.depth()).startedAt(Dates.utc(r.startedAt()))
                .finishedAt(Dates.utc(r.finishedAt()));
    }
}

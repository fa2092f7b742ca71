package io.worklane.api.application.automation;

import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.shared.Change;
import java.util.List;
import java.util.Map;

/**
 * A partial change of a rule. {@code trigger} and {@code actions} are replaced whole; a null
 * {@code project} makes the rule cover every project, a null {@code condition} removes it.
 */
public record RulePatch(Change<String> project, Change<String> name, Change<Boolean> enabled,
                        Change<Map<String, Object>> trigger, Change<String> condition,
                        Change<List<Map<String, Object>>> actions) {

    /** The complete rule the patch makes of {@code current}, in the shapes a client writes. */
    RuleDraft mergedInto(AutomationRule current) {
        return new RuleDraft(
                project.present() ? project.value() : current.projectId() == null ? null : current.projectId().toString(),
                name.or(current.name()), enabled.or(current.enabled()), trigger.or(current.trigger().toJson()),
                condition.or(current.condition() == null ? null : current.condition().text()),
                actions.or(current.actions().stream().map(Action::toJson).toList()));
    }
}

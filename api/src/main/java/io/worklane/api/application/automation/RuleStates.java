package io.worklane.api.application.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.Trigger;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.WorkflowAssignment;
import io.worklane.domain.workflow.WorkflowAssignments;
import io.worklane.domain.workflow.Workflows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The state keys a rule names (TRANSITIONED to/from, TRANSITION to) must be states of a workflow its
 * items may follow: those of its project (default and per-type), or of any workflow of the workspace
 * when the rule covers every project. A typo would otherwise make a rule that never fires.
 */
@ApplicationScoped
public class RuleStates {
    private final Workflows workflows;
    private final WorkflowAssignments assignments;

    public RuleStates(Workflows workflows, WorkflowAssignments assignments) {
        this.workflows = workflows;
        this.assignments = assignments;
    }

    Uni<Void> check(AutomationRule rule, Validation v) {
        return known(rule).invoke(states -> {
            if (rule.trigger() instanceof Trigger.Transitioned t) {
                require(states, t.to(), "trigger.to", rule, v);
                require(states, t.from(), "trigger.from", rule, v);
            }
            for (int i = 0; i < rule.actions().size(); i++) {
                if (rule.actions().get(i) instanceof Action.Transition move) {
                    require(states, move.to(), "actions[" + i + "].to", rule, v);
                }
            }
        }).replaceWithVoid();
    }

    private Uni<Set<String>> known(AutomationRule rule) {
        if (rule.projectId() == null) {
            return workflows.list(rule.workspaceId(), new PageRequest(PageRequest.MAX_LIMIT, null))
                    .map(page -> keys(page.items()));
        }
        return assignments.of(rule.workspaceId(), List.of(rule.projectId())).chain(byProject -> {
            WorkflowAssignment a = byProject.get(rule.projectId());
            Set<UUID> ids = a == null ? Set.of() : a.workflowIds();
            return workflows.byIds(rule.workspaceId(), ids).map(byId -> keys(byId.values()));
        });
    }

    private static Set<String> keys(Collection<Workflow> found) {
        Set<String> keys = new TreeSet<>();
        found.forEach(w -> keys.addAll(w.stateKeys()));
        return keys;
    }

    private static void require(Set<String> states, String key, String path, AutomationRule rule, Validation v) {
        if (key != null && !states.contains(key)) {
            v.add(new FieldError(path, "UNKNOWN_STATE", "'" + key + "' is not a state of the workflows "
                    + (rule.projectId() == null ? "of this workspace" : "the rule's project uses") + "; known: "
                    + String.join(", ", states)));
        }
    }
}

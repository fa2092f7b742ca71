package io.worklane.domain.team;

import java.util.ArrayList;
import java.util.List;

/**
 * What still names a team: how many work items (and the keys of the first of them), pending approvals, and
 * the workflows (TEAM guards), automation rules (ASSIGN to the team) and saved project templates (whose rules
 * ASSIGN to it, and would bring that rule into every project created from them) that name it, by name.
 */
public record TeamUse(long items, List<String> someKeys, long pendingApprovals, List<String> workflows,
                      List<String> rules, List<String> templates) {
    public TeamUse {
        someKeys = List.copyOf(someKeys);
        workflows = workflows == null ? List.of() : List.copyOf(workflows);
        rules = rules == null ? List.of() : List.copyOf(rules);
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    public TeamUse(long items, List<String> someKeys, long pendingApprovals) {
        this(items, someKeys, pendingApprovals, List.of(), List.of(), List.of());
    }

    /** Why the team cannot go, in sentences; empty when it can. */
    public List<String> reasons(String teamId) {
        List<String> out = new ArrayList<>();
        if (items > 0) {
            out.add("it is responsible for " + items + " work item(s) (" + String.join(", ", someKeys)
                    + (items > someKeys.size() ? ", …" : "") + "): give them another team or none (PATCH their team;"
                    + " the list filter team = \"" + teamId + "\" finds them)");
        }
        if (pendingApprovals > 0) {
            out.add(pendingApprovals + " pending approval(s) wait for its decision: decide or replace them first");
        }
        if (!workflows.isEmpty()) {
            out.add("the TEAM guards of workflow(s) " + quoted(workflows) + " name it: change those guards first");
        }
        if (!rules.isEmpty()) {
            out.add("automation rule(s) " + quoted(rules) + " assign to it: change or delete those rules first");
        }
        if (!templates.isEmpty()) {
            out.add("the automation rules of project template(s) " + quoted(templates) + " assign to it: delete"
                    + " those templates first (a template is not changed; save a new one without the rule)");
        }
        return out;
    }

    public boolean inUse() {
        return items > 0 || pendingApprovals > 0 || !workflows.isEmpty() || !rules.isEmpty() || !templates.isEmpty();
    }

    private static String quoted(List<String> names) {
        return "'" + String.join("', '", names) + "'";
    }
}

package io.worklane.domain.team;

import java.util.ArrayList;
import java.util.List;

/** What still names a team: how many work items (and the keys of the first of them), and pending approvals. */
public record TeamUse(long items, List<String> someKeys, long pendingApprovals) {
    public TeamUse {
        someKeys = List.copyOf(someKeys);
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
        return out;
    }

    public boolean inUse() {
        return items > 0 || pendingApprovals > 0;
    }
}

package io.worklane.api.application.workflow;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.team.Teams;
import io.worklane.domain.workflow.Guard;
import io.worklane.domain.workflow.TeamGuard;
import io.worklane.domain.workflow.Transition;
import io.worklane.domain.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The teams a workflow's TEAM guards name must be the workspace's when it is saved: 400 UNKNOWN_TEAM at
 * {@code transitions[i].guards[j].teams[k]} otherwise (one statement, whatever the number of guards).
 */
@ApplicationScoped
public class WorkflowTeams {
    private final Teams teams;

    public WorkflowTeams(Teams teams) {
        this.teams = teams;
    }

    public Uni<Void> check(Workflow workflow) {
        Set<UUID> named = workflow.teamIds();
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return teams.knownIds(workflow.workspaceId(), named).invoke(known -> {
            List<FieldError> errors = new ArrayList<>();
            List<Transition> transitions = workflow.transitions();
            for (int i = 0; i < transitions.size(); i++) {
                List<Guard> guards = transitions.get(i).guards();
                for (int j = 0; j < guards.size(); j++) {
                    if (guards.get(j) instanceof TeamGuard t) {
                        unknown(t.teams(), known, "transitions[" + i + "].guards[" + j + "].teams", errors);
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw DomainException.validation(errors);
            }
        }).replaceWithVoid();
    }

    private static void unknown(List<UUID> ids, Set<UUID> known, String path, List<FieldError> errors) {
        for (int k = 0; k < ids.size(); k++) {
            UUID id = ids.get(k);
            if (id != null && !known.contains(id)) {
                errors.add(new FieldError(path + "[" + k + "]", "UNKNOWN_TEAM",
                        "'" + id + "' is not a team of this workspace (give a team's id)"));
            }
        }
    }
}

package io.worklane.api.application.approval;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.team.TeamMembers;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a request into a valid new approval: the domain's rules first (no statement), then one
 * statement to check that the named approvers are members. Field errors carry the names the APIs use
 * ("approvers", "role"), not the domain's ("approverIds", "approverRole"), so a client can point at its input.
 */
@ApplicationScoped
public class ApprovalInputs {
    private static final Map<String, String> API_NAMES = Map.of("approverIds", "approvers", "approverRole", "role",
            "approverTeam", "team");
    private final MemberCheck members;
    private final TeamMembers teams;

    public ApprovalInputs(MemberCheck members, TeamMembers teams) {
        this.members = members;
        this.teams = teams;
    }

    /** The team named (400 UNKNOWN_TEAM), the domain's rules, then the named members: one statement each. */
    Uni<Approval> draft(WorkItem item, ApprovalRequest r, Actor requestedBy, Instant now) {
        return teams.id(item.workspaceId(), "team", r.team())
                .map(team -> validated(item, r, team, requestedBy, now))
                .call(draft -> members.exist(item.workspaceId(), "approvers", draft.approverIds()));
    }

    private static Approval validated(WorkItem item, ApprovalRequest r, UUID team, Actor requestedBy, Instant now) {
        try {
            return Approval.request(item.workspaceId(), item.id(), r.approvers(), r.role(), team, r.policy(),
                    requestedBy, now);
        } catch (DomainException e) {
            throw e.code() == ErrorCode.VALIDATION_FAILED ? DomainException.validation(e.errors().stream()
                    .map(f -> new FieldError(apiName(f.field()), f.code(), apiNames(f.message()))).toList()) : e;
        }
    }

    private static String apiName(String field) {
        return API_NAMES.getOrDefault(field, field);
    }

    private static String apiNames(String message) {
        String out = message.replace("an approverRole", "a role").replace("an approverTeam", "a team");
        for (Map.Entry<String, String> e : API_NAMES.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}

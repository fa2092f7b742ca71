package io.worklane.domain.team;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import java.util.UUID;

/**
 * Whose turn it is in a team's round robin: its members in join order and the member assigned last (the
 * cursor; null before the first assignment). The application reads it under the team row's lock and saves the
 * cursor it picks in the same transaction, so two items assigned at once get different members.
 */
public record TeamTurn(UUID teamId, String teamName, List<UUID> memberIds, UUID lastAssigned) {
    public TeamTurn {
        memberIds = List.copyOf(memberIds);
    }

    /**
     * The member after the last assigned; the first when none was, or when that member has left the team
     * (the cursor is a member, not a position, so a departure restarts the round rather than skipping someone).
     */
    public UUID next() {
        requireMembers(teamName, memberIds);
        int last = lastAssigned == null ? -1 : memberIds.indexOf(lastAssigned);
        return memberIds.get((last + 1) % memberIds.size());
    }

    /** A team without members cannot be assigned to: the rule's run fails with this reason. */
    static void requireMembers(String teamName, List<?> members) {
        if (members.isEmpty()) {
            throw new DomainException(ErrorCode.TEAM_EMPTY, "Team " + teamName
                    + " has no members, so there is no one to assign: add members to the team or change the rule.");
        }
    }
}

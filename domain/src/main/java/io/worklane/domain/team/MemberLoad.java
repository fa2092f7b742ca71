package io.worklane.domain.team;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A team member's assigned minutes: the estimates of the open items assigned to them, each shared equally
 * among its assignees (as the workload shares it), whatever their dates.
 */
public record MemberLoad(UUID memberId, long assignedMinutes) {

    /** The least loaded of the members, given in join order: on a tie, the one who joined first. */
    public static UUID leastLoaded(String teamName, List<MemberLoad> inJoinOrder) {
        TeamTurn.requireMembers(teamName, inJoinOrder);
        // min() keeps the first of equal elements, so join order breaks ties
        return inJoinOrder.stream().min(Comparator.comparingLong(MemberLoad::assignedMinutes)).orElseThrow().memberId();
    }
}

package io.worklane.domain.team;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: what an automation rule that assigns to a team reads and keeps (ASSIGN with a team, ADR 0070). */
public interface TeamAssignments {
    /**
     * The team's round robin, its row locked (SELECT … FOR UPDATE) until the caller's transaction ends, so
     * that concurrent assignments to the team take turns; empty when the team is not the workspace's.
     */
    Uni<Optional<TeamTurn>> lockTurn(UUID workspaceId, UUID teamId);

    /** Saves the member assigned last, in the caller's transaction (after {@link #lockTurn}). */
    Uni<Void> assigned(UUID teamId, UUID memberId);

    /** Each member's assigned minutes, in join order, in one statement; empty for a team without members. */
    Uni<List<MemberLoad>> loads(UUID workspaceId, UUID teamId);
}

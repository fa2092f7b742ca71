package io.worklane.domain.goal;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import java.util.UUID;

/**
 * A goal may not be its own ancestor: placing it under itself or one of its descendants is refused, naming why.
 * Goals nest at most {@link #MAX_DEPTH} levels (company, department, team, person and one more), so a
 * roll-up's walk stays short.
 */
public final class GoalNesting {
    public static final int MAX_DEPTH = 5;

    private GoalNesting() {
    }

    /**
     * @param goal the goal being placed (null for a new one)
     * @param parentAndAncestors the new parent first, then its parent, up to the top
     * @param levels the levels of the goal's own subtree (1: no child goals, or a new goal)
     */
    public static void check(UUID goal, String title, List<UUID> parentAndAncestors, int levels) {
        if (goal != null && parentAndAncestors.contains(goal)) {
            throw new DomainException(ErrorCode.GOAL_CYCLE, "Goal " + title + " cannot be placed under "
                    + parentAndAncestors.get(0) + ": that goal is " + (parentAndAncestors.get(0).equals(goal)
                    ? "itself" : "one of its own child goals") + ", so the goal would be its own ancestor. Choose a"
                    + " parent outside it, or none (parent null).");
        }
        if (parentAndAncestors.size() + levels > MAX_DEPTH) {
            throw new DomainException(ErrorCode.GOAL_TOO_DEEP, "Goals nest at most " + MAX_DEPTH
                    + " levels deep: under that parent, " + title + (levels > 1 ? " and its child goals" : "")
                    + " would reach level " + (parentAndAncestors.size() + levels) + ". Choose a parent nearer the top.");
        }
    }

    /** Levels of the subtree under {@code root} (the goal and all goals under it): 1 for a goal without children. */
    public static int levels(List<Goal> subtree, UUID root) {
        java.util.Map<UUID, UUID> parentOf = new java.util.HashMap<>();
        subtree.forEach(g -> parentOf.put(g.id(), g.parentId()));
        int deepest = 1;
        for (Goal g : subtree) {
            int level = 1;
            for (UUID at = g.id(); at != null && !root.equals(at) && level <= subtree.size(); at = parentOf.get(at)) {
                level++;
            }
            deepest = Math.max(deepest, level);
        }
        return deepest;
    }
}

package io.worklane.domain.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Goal progress rolled up from the bottom (docs/goals.md): the mean of its key results' progress and its child
 * goals' progress, each counting once; a CANCELLED child and a child without progress are left out; a goal with
 * neither has none (null). Computed over a loaded subtree, so one walk serves a whole page of goals.
 */
public final class GoalRollup {
    private final Map<UUID, List<Goal>> children = new HashMap<>();
    private final Map<UUID, List<KeyResult>> keyResults;
    private final Map<UUID, BigDecimal> keyResultProgress;
    private final Map<UUID, BigDecimal> memo = new HashMap<>();

    /**
     * @param goals the goals asked for and all goals under them
     * @param keyResults their key results by goal id
     * @param keyResultProgress each key result's progress by its id ({@link Progress#of})
     */
    public GoalRollup(Collection<Goal> goals, Map<UUID, List<KeyResult>> keyResults,
                      Map<UUID, BigDecimal> keyResultProgress) {
        goals.forEach(g -> {
            if (g.parentId() != null) {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
            }
        });
        this.keyResults = keyResults;
        this.keyResultProgress = keyResultProgress;
    }

    /** Unrounded; null when the goal has neither key results nor child goals with progress. */
    public BigDecimal progress(UUID goalId) {
        return progress(goalId, 0);
    }

    private BigDecimal progress(UUID goalId, int depth) {
        if (memo.containsKey(goalId)) {
            return memo.get(goalId);
        }
        List<BigDecimal> parts = new ArrayList<>();
        keyResults.getOrDefault(goalId, List.of()).forEach(kr -> parts.add(keyResultProgress.get(kr.id())));
        if (depth < 50) { // even corrupt data (a cycle) cannot make the walk endless
            for (Goal child : children.getOrDefault(goalId, List.of())) {
                BigDecimal p = child.status() == GoalStatus.CANCELLED ? null : progress(child.id(), depth + 1);
                if (p != null) {
                    parts.add(p);
                }
            }
        }
        BigDecimal mean = parts.isEmpty() ? null : parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(parts.size()), Progress.EXACT);
        memo.put(goalId, mean);
        return mean;
    }
}

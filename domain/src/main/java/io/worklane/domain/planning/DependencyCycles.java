package io.worklane.domain.planning;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Policy: dependencies form no cycle. A new edge predecessor → successor closes one exactly when the
 * predecessor can already be reached from the successor; the refusal names that loop as keys, starting
 * and ending with the successor: {@code ["ENG-1","ENG-4","ENG-1"]}. A breadth-first search over the
 * edges reachable from the successor: O(V + E) of that part of the graph.
 */
public final class DependencyCycles {
    private DependencyCycles() {
    }

    /** An edge as the graph search needs it. */
    public record Edge(UUID predecessorId, UUID successorId) {
    }

    /** The items from the successor to the predecessor along existing edges, both included; empty when none. */
    public static List<UUID> pathBetween(UUID from, UUID to, Collection<Edge> edges) {
        Map<UUID, List<UUID>> next = new HashMap<>();
        edges.forEach(e -> next.computeIfAbsent(e.predecessorId(), k -> new ArrayList<>()).add(e.successorId()));
        Map<UUID, UUID> cameFrom = new HashMap<>();
        Deque<UUID> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            UUID at = queue.poll();
            if (at.equals(to)) {
                return walkBack(cameFrom, from, to);
            }
            for (UUID n : next.getOrDefault(at, List.of())) {
                if (cameFrom.putIfAbsent(n, at) == null) {
                    queue.add(n);
                }
            }
        }
        return List.of();
    }

    /**
     * Refuses the edge {@code predecessor → successor} if it closes a cycle.
     *
     * @param edges the existing edges reachable from the successor (more do no harm)
     * @param keys  the human key of an item id
     */
    public static void ensureNone(UUID predecessorId, UUID successorId, Collection<Edge> edges,
                                 Function<UUID, String> keys) {
        List<UUID> path = pathBetween(successorId, predecessorId, edges);
        if (path.isEmpty()) {
            return;
        }
        List<String> cycle = new ArrayList<>(path.stream().map(keys).toList());
        cycle.add(keys.apply(successorId));
        throw new Refusal(cycle);
    }

    private static List<UUID> walkBack(Map<UUID, UUID> cameFrom, UUID from, UUID to) {
        List<UUID> path = new ArrayList<>();
        for (UUID at = to; !at.equals(from); at = cameFrom.get(at)) {
            path.add(at);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }

    /** DEPENDENCY_CYCLE with the loop as keys, which both APIs show beside the message. */
    public static final class Refusal extends DomainException {
        private final List<String> cycle;

        public Refusal(List<String> cycle) {
            super(ErrorCode.DEPENDENCY_CYCLE, "This dependency would close a cycle: " + String.join(" → ", cycle)
                    + ". Remove one of those dependencies first, or choose another predecessor.");
            this.cycle = List.copyOf(cycle);
        }

        public List<String> cycle() {
            return cycle;
        }
    }
}

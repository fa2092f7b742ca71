package io.worklane.domain.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tasks numbered 0..n-1 with their dependencies among them as compact adjacency arrays (both
 * directions), for passes in O(V + E) without a map lookup per edge.
 */
final class Network {
    private final List<NetworkTask> tasks;
    private final Map<UUID, Integer> index;
    private final List<Dependency> edges;
    private final int[] outStart;
    private final int[] outEdge;
    private final int[] inStart;
    private final int[] inEdge;
    private final int[] from;
    private final int[] to;

    private Network(List<NetworkTask> tasks, Map<UUID, Integer> index, List<Dependency> edges) {
        this.tasks = tasks;
        this.index = index;
        this.edges = edges;
        int n = tasks.size();
        int m = edges.size();
        from = new int[m];
        to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = index.get(edges.get(e).predecessorId());
            to[e] = index.get(edges.get(e).successorId());
        }
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        outEdge = bucket(from, outStart, n);
        inEdge = bucket(to, inStart, n);
    }

    /** The network of these tasks; dependencies with an end outside it are left out. */
    static Network of(List<NetworkTask> tasks, List<Dependency> dependencies) {
        Map<UUID, Integer> index = new HashMap<>(tasks.size() * 2);
        for (int i = 0; i < tasks.size(); i++) {
            index.put(tasks.get(i).id(), i);
        }
        List<Dependency> inside = new ArrayList<>(dependencies.size());
        for (Dependency d : dependencies) {
            if (index.containsKey(d.predecessorId()) && index.containsKey(d.successorId())) {
                inside.add(d);
            }
        }
        return new Network(List.copyOf(tasks), index, inside);
    }

    /** Counting sort of edge numbers by their node: start[v]..start[v+1] are v's edges. */
    private static int[] bucket(int[] node, int[] start, int n) {
        for (int v : node) {
            start[v + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = start.clone();
        int[] out = new int[node.length];
        for (int e = 0; e < node.length; e++) {
            out[fill[node[e]]++] = e;
        }
        return out;
    }

    /** Kahn's algorithm, ties in the order tasks were given; shorter than n when there is a cycle. */
    int[] topologicalOrder() {
        int n = size();
        int[] waiting = new int[n];
        for (int v = 0; v < n; v++) {
            waiting[v] = inStart[v + 1] - inStart[v];
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (waiting[v] == 0) {
                order[tail++] = v;
            }
        }
        while (head < tail) {
            int v = order[head++];
            for (int k = outStart[v]; k < outStart[v + 1]; k++) {
                int s = to[outEdge[k]];
                if (--waiting[s] == 0) {
                    order[tail++] = s;
                }
            }
        }
        return java.util.Arrays.copyOf(order, tail);
    }

    /** A partial order with the tasks it lacks appended, in the order given. */
    int[] completed(int[] partial) {
        boolean[] seen = new boolean[size()];
        int[] out = java.util.Arrays.copyOf(partial, size());
        int k = partial.length;
        for (int v : partial) {
            seen[v] = true;
        }
        for (int v = 0; v < size(); v++) {
            if (!seen[v]) {
                out[k++] = v;
            }
        }
        return out;
    }

    int size() {
        return tasks.size();
    }

    NetworkTask task(int i) {
        return tasks.get(i);
    }

    int indexOf(UUID id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    Dependency edge(int e) {
        return edges.get(e);
    }

    int outStart(int v) {
        return outStart[v];
    }

    /** The k-th entry of the outgoing lists: an edge number. */
    int outEdge(int k) {
        return outEdge[k];
    }

    int outTo(int k) {
        return to[outEdge[k]];
    }

    int inStart(int v) {
        return inStart[v];
    }

    int inFrom(int k) {
        return from[inEdge[k]];
    }

    /** The edge number of the k-th entry of the incoming lists. */
    int inEdge(int k) {
        return inEdge[k];
    }
}

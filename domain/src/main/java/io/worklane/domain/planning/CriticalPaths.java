package io.worklane.domain.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The critical paths: chains of critical tasks, each driving the next (the dependency leaves no slack
 * between them), from a critical task that nothing critical drives to one that drives nothing
 * critical. Found depth-first, at most {@code limit} of them, roots by early start then key.
 */
final class CriticalPaths {
    private final Network net;
    private final int[] es;
    private final int[] ef;
    private final List<ScheduledTask> tasks;

    CriticalPaths(Network net, int[] es, int[] ef, List<ScheduledTask> tasks) {
        this.net = net;
        this.es = es;
        this.ef = ef;
        this.tasks = tasks;
    }

    List<List<String>> find(int limit) {
        List<Integer> roots = new ArrayList<>();
        for (int v = 0; v < net.size(); v++) {
            if (tasks.get(v).critical() && !drivenByCritical(v)) {
                roots.add(v);
            }
        }
        roots.sort(Comparator.<Integer>comparingInt(v -> es[v]).thenComparing(v -> net.task(v).key()));
        List<List<String>> paths = new ArrayList<>();
        for (int root : roots) {
            walk(root, paths, limit);
            if (paths.size() >= limit) {
                break;
            }
        }
        return paths;
    }

    /** Depth-first from {@code root} with an explicit stack (a chain may be thousands long). */
    private void walk(int root, List<List<String>> paths, int limit) {
        Deque<int[]> stack = new ArrayDeque<>(); // {task, depth}
        List<Integer> path = new ArrayList<>();
        stack.push(new int[] {root, 0});
        while (!stack.isEmpty() && paths.size() < limit) {
            int[] top = stack.pop();
            int v = top[0];
            while (path.size() > top[1]) {
                path.remove(path.size() - 1);
            }
            path.add(v);
            boolean leaf = true;
            for (int k = net.outStart(v + 1) - 1; k >= net.outStart(v); k--) {
                int s = net.outTo(k);
                if (driving(net.outEdge(k), v, s)) {
                    stack.push(new int[] {s, path.size()});
                    leaf = false;
                }
            }
            if (leaf) {
                paths.add(path.stream().map(i -> net.task(i).key()).toList());
            }
        }
    }

    private boolean drivenByCritical(int s) {
        for (int k = net.inStart(s); k < net.inStart(s + 1); k++) {
            if (driving(net.inEdge(k), net.inFrom(k), s)) {
                return true;
            }
        }
        return false;
    }

    /** Both ends critical and no slack between them under the edge. */
    private boolean driving(int edge, int p, int s) {
        if (!tasks.get(p).critical() || !tasks.get(s).critical()) {
            return false;
        }
        Dependency d = net.edge(edge);
        int held = d.type().constrainsStart() ? es[s] : ef[s];
        return held - d.lagDays() - (d.type().fromFinish() ? ef[p] : es[p]) <= 0;
    }
}

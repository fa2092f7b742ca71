package io.worklane.domain.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The critical path method over a network of tasks and dependencies (docs/scheduling.md): one
 * topological order, a forward pass for early dates, a backward pass for late dates, floats and the
 * driving chains of critical tasks. O(V + E) in time and memory; everything in working-day numbers.
 */
public final class CriticalPathMethod {
    /** Critical paths listed at most (a network of many equal branches has exponentially many). */
    public static final int MAX_PATHS = 20;

    private final Network net;
    private final int[] es;
    private final int[] ef;
    private final int[] ls;
    private final int[] lf;
    private final List<String> warnings = new ArrayList<>();

    private CriticalPathMethod(Network net) {
        this.net = net;
        int n = net.size();
        es = new int[n];
        ef = new int[n];
        ls = new int[n];
        lf = new int[n];
    }

    /**
     * @param start        the number of the project's first working day: nothing starts before it
     * @param tasks        the network's tasks
     * @param fixed        items outside the network that tasks depend on, with their dates as they are
     * @param dependencies dependencies among tasks and from fixed items to tasks (others are ignored)
     */
    public static NetworkSchedule schedule(int start, List<NetworkTask> tasks, List<FixedTask> fixed,
                                           List<Dependency> dependencies) {
        return new CriticalPathMethod(Network.of(tasks, dependencies)).run(start, fixed, dependencies);
    }

    private NetworkSchedule run(int start, List<FixedTask> fixed, List<Dependency> dependencies) {
        int[] order = net.topologicalOrder();
        if (order.length < net.size()) {
            warnings.add("Some items are in a dependency cycle; they were scheduled without those dependencies.");
            order = net.completed(order);
        }
        forward(order, lowerBounds(start, fixed, dependencies));
        int finish = start;
        for (int i = 0; i < net.size(); i++) {
            finish = Math.max(finish, ef[i]);
        }
        backward(order, finish);
        List<ScheduledTask> out = new ArrayList<>(net.size());
        for (int i = 0; i < net.size(); i++) {
            NetworkTask t = net.task(i);
            out.add(new ScheduledTask(t.id(), t.key(), t.duration(), es[i], ef[i], ls[i], lf[i], ls[i] - es[i],
                    freeFloat(i, finish)));
        }
        return new NetworkSchedule(out, finish, new CriticalPaths(net, es, ef, out).find(MAX_PATHS), warnings);
    }

    /** The earliest start each task may have before its predecessors in the network are counted. */
    private int[] lowerBounds(int start, List<FixedTask> fixed, List<Dependency> dependencies) {
        int[] lower = new int[net.size()];
        Arrays.fill(lower, start);
        for (int i = 0; i < net.size(); i++) {
            Integer notBefore = net.task(i).startNoEarlierThan();
            if (notBefore != null) {
                lower[i] = Math.max(lower[i], notBefore);
            }
        }
        Map<UUID, FixedTask> byId = new HashMap<>();
        fixed.forEach(f -> byId.put(f.id(), f));
        for (Dependency d : dependencies) {
            FixedTask p = byId.get(d.predecessorId());
            int s = net.indexOf(d.successorId());
            if (p != null && s >= 0) {
                int from = (d.type().fromFinish() ? p.finish() : p.start()) + d.lagDays();
                lower[s] = Math.max(lower[s], d.type().constrainsStart() ? from : from - net.task(s).duration());
            }
        }
        return lower;
    }

    private void forward(int[] order, int[] lower) {
        boolean[] done = new boolean[net.size()];
        for (int s : order) {
            int start = lower[s];
            for (int e = net.inStart(s); e < net.inStart(s + 1); e++) {
                int p = net.inFrom(e);
                if (done[p]) {
                    start = Math.max(start, earliestStart(net.edge(net.inEdge(e)), p, s));
                }
            }
            es[s] = start;
            ef[s] = start + net.task(s).duration();
            done[s] = true;
        }
    }

    private void backward(int[] order, int finish) {
        boolean[] done = new boolean[net.size()];
        for (int k = order.length - 1; k >= 0; k--) {
            int p = order[k];
            Integer notAfter = net.task(p).finishNoLaterThan();
            int late = notAfter == null ? finish : Math.min(finish, notAfter);
            for (int e = net.outStart(p); e < net.outStart(p + 1); e++) {
                int s = net.outTo(e);
                if (done[s]) {
                    Dependency d = net.edge(net.outEdge(e));
                    int held = d.type().constrainsStart() ? ls[s] : lf[s];
                    late = Math.min(late, held - d.lagDays() + (d.type().fromFinish() ? 0 : net.task(p).duration()));
                }
            }
            lf[p] = late;
            ls[p] = late - net.task(p).duration();
            done[p] = true;
        }
    }

    /** The start successor {@code s} may have at the earliest under edge {@code d} from {@code p}. */
    private int earliestStart(Dependency d, int p, int s) {
        int from = (d.type().fromFinish() ? ef[p] : es[p]) + d.lagDays();
        return d.type().constrainsStart() ? from : from - net.task(s).duration();
    }

    /** How far task {@code p} may slip without moving a successor (or the project's finish); never negative. */
    private int freeFloat(int p, int finish) {
        int free = finish - ef[p];
        for (int e = net.outStart(p); e < net.outStart(p + 1); e++) {
            free = Math.min(free, slack(net.edge(net.outEdge(e)), p, net.outTo(e)));
        }
        return Math.max(0, Math.min(free, Math.max(0, ls[p] - es[p])));
    }

    /** The working days between what edge {@code d} asks of successor {@code s} and what it has. */
    int slack(Dependency d, int p, int s) {
        int held = d.type().constrainsStart() ? es[s] : ef[s];
        return held - d.lagDays() - (d.type().fromFinish() ? ef[p] : es[p]);
    }
}

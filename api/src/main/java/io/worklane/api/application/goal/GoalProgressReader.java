package io.worklane.api.application.goal;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectSight;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.budget.ProjectProgress;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.GoalRollup;
import io.worklane.domain.goal.Goals;
import io.worklane.domain.goal.KeyResult;
import io.worklane.domain.goal.KeyResultKind;
import io.worklane.domain.goal.KeyResults;
import io.worklane.domain.goal.Progress;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Goals with their progress, computed on read for a whole list at once (docs/goals.md): the goals' subtrees
 * (one statement), their key results (one), the linked projects' estimates when a WORK key result needs them
 * (one) and the linked projects' keys (one) — the same statements for one goal as for a page. Projects hidden
 * from the caller (ADR 0084) are left out: of the links shown and of the WORK key results' sums.
 */
@ApplicationScoped
public class GoalProgressReader {
    private final Goals goals;
    private final KeyResults keyResults;
    private final ProjectProgress estimates;
    private final Projects projects;
    private final ProjectAccess access;
    private final Now now;

    public GoalProgressReader(Goals goals, KeyResults keyResults, ProjectProgress estimates, Projects projects,
                              ProjectAccess access, Now now) {
        this.access = access;
        this.goals = goals;
        this.keyResults = keyResults;
        this.estimates = estimates;
        this.projects = projects;
        this.now = now;
    }

    public Uni<ShownGoal> shown(Caller caller, Goal goal) {
        return shown(caller, List.of(goal)).map(all -> all.get(0));
    }

    /** Today's progress. */
    public Uni<List<ShownGoal>> shown(Caller caller, List<Goal> asked) {
        return shown(caller, asked, null);
    }

    /**
     * In the order asked; goals of several workspaces are read per workspace (each read is scoped to one). With
     * {@code asOf}, progress as it stood at the end of that day (UTC): each check-in key result at its value then
     * (from its check-ins), each WORK key result from the items done by then, key results created later left out.
     */
    public Uni<List<ShownGoal>> shown(Caller caller, List<Goal> asked, LocalDate asOf) {
        Map<UUID, List<Goal>> byWorkspace = new java.util.LinkedHashMap<>();
        asked.forEach(g -> byWorkspace.computeIfAbsent(g.workspaceId(), k -> new java.util.ArrayList<>()).add(g));
        if (byWorkspace.size() <= 1) {
            return asked.isEmpty() ? Uni.createFrom().item(List.of())
                    : shownIn(caller, asked.get(0).workspaceId(), asked, asOf);
        }
        List<Uni<List<ShownGoal>>> parts = byWorkspace.entrySet().stream()
                .map(e -> shownIn(caller, e.getKey(), e.getValue(), asOf)).toList();
        return Uni.join().all(parts).andFailFast().map(lists -> {
            Map<UUID, ShownGoal> byId = new HashMap<>();
            lists.forEach(l -> l.forEach(g -> byId.put(g.goal().id(), g)));
            return asked.stream().map(g -> byId.get(g.id())).toList();
        });
    }

    private Uni<List<ShownGoal>> shownIn(Caller caller, UUID ws, List<Goal> all, LocalDate asOf) {
        return access.sight(caller, ws).chain(sight -> shownIn(sight, ws, all.stream().map(g -> seen(sight, g))
                .toList(), asOf));
    }

    /** The goal without its links to projects the caller may not see. */
    private static Goal seen(ProjectSight sight, Goal g) {
        return sight.hidden().isEmpty() ? g : g.withLinks(g.projectIds().stream().filter(sight::sees).toList(),
                g.portfolioIds(), g.updatedAt());
    }

    private Uni<List<ShownGoal>> shownIn(ProjectSight sight, UUID ws, List<Goal> asked, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.ofInstant(now.instant(), ZoneOffset.UTC);
        return goals.withDescendants(ws, asked.stream().map(Goal::id).distinct().toList())
                .map(tree -> tree.stream().map(g -> seen(sight, g)).toList())
                .chain(tree -> keyResults.ofGoals(ws, tree.stream().map(Goal::id).toList())
                        .chain(krs -> asOf == null ? Uni.createFrom().item(krs) : asTheyWere(ws, krs, asOf))
                        .chain(krs -> workOf(ws, tree, krs, day).chain(work -> linkedProjects(ws, asked)
                                .map(linked -> show(asked, tree, krs, work, linked)))));
    }

    private List<ShownGoal> show(List<Goal> asked, List<Goal> tree, Map<UUID, List<KeyResult>> krs,
                                 Map<UUID, ProjectProgress.Estimates> work, Map<UUID, Project> linked) {
        Map<UUID, Goal> byId = new HashMap<>();
        tree.forEach(g -> byId.put(g.id(), g));
        Map<UUID, BigDecimal> krProgress = new HashMap<>();
        krs.forEach((goalId, list) -> list.forEach(kr -> krProgress.put(kr.id(),
                progressOf(kr, byId.get(goalId), work))));
        GoalRollup rollup = new GoalRollup(tree, krs, krProgress);
        return asked.stream().map(g -> new ShownGoal(g, Progress.shown(rollup.progress(g.id())),
                krs.getOrDefault(g.id(), List.of()).stream().map(kr -> new ShownGoal.Measured(kr,
                        Progress.shown(krProgress.get(kr.id())))).toList(),
                g.projectIds().stream().map(linked::get).filter(Objects::nonNull).toList())).toList();
    }

    /** WORK: Σ done ÷ Σ all estimate minutes over the goal's linked projects. */
    private static BigDecimal progressOf(KeyResult kr, Goal goal, Map<UUID, ProjectProgress.Estimates> work) {
        long done = 0;
        long all = 0;
        if (kr.kind() == KeyResultKind.WORK && goal != null) {
            for (UUID p : goal.projectIds()) {
                ProjectProgress.Estimates e = work.get(p);
                if (e != null) {
                    done += e.doneMinutes();
                    all += e.allMinutes();
                }
            }
        }
        return Progress.of(kr, done, all);
    }

    /**
     * The key results as they were at the end of {@code asOf}: those created later left out, the others at their
     * value then (one statement). WORK ones keep theirs: their progress comes from the items done by then.
     */
    private Uni<Map<UUID, List<KeyResult>>> asTheyWere(UUID ws, Map<UUID, List<KeyResult>> krs, LocalDate asOf) {
        java.time.Instant end = asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<UUID, List<KeyResult>> existing = new java.util.LinkedHashMap<>();
        krs.forEach((goal, list) -> existing.put(goal, list.stream().filter(kr -> kr.createdAt().isBefore(end))
                .toList()));
        List<UUID> ids = existing.values().stream().flatMap(List::stream).filter(kr -> kr.kind() != KeyResultKind.WORK)
                .map(KeyResult::id).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(existing);
        }
        return keyResults.valuesAt(ws, ids, end).map(values -> {
            Map<UUID, List<KeyResult>> out = new java.util.LinkedHashMap<>();
            existing.forEach((goal, list) -> out.put(goal, list.stream().map(kr -> values.containsKey(kr.id())
                    ? kr.valuedAt(values.get(kr.id())) : kr).toList()));
            return out;
        });
    }

    /** The linked projects' estimates done by the end of {@code day} (ProjectProgress, as earned value counts them). */
    private Uni<Map<UUID, ProjectProgress.Estimates>> workOf(UUID ws, List<Goal> tree, Map<UUID, List<KeyResult>> krs,
                                                            LocalDate day) {
        List<UUID> ids = tree.stream().filter(g -> krs.getOrDefault(g.id(), List.of()).stream()
                .anyMatch(kr -> kr.kind() == KeyResultKind.WORK)).flatMap(g -> g.projectIds().stream()).distinct()
                .toList();
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : estimates.estimates(ws, ids, day);
    }

    private Uni<Map<UUID, Project>> linkedProjects(UUID ws, List<Goal> asked) {
        List<UUID> ids = asked.stream().flatMap(g -> g.projectIds().stream()).distinct().toList();
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : projects.byIds(ws, ids).map(found -> {
            Map<UUID, Project> byId = new HashMap<>();
            found.forEach(p -> byId.put(p.id(), p));
            return byId;
        });
    }
}

package io.worklane.api.application.planning;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemActivity;
import io.worklane.api.application.workitem.WorkItemData;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.planning.DateChange;
import io.worklane.domain.planning.MilestoneReport;
import io.worklane.domain.planning.ProjectSchedule;
import io.worklane.domain.planning.ScheduleChanges;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's critical-path schedule (read with {@code work_items:read}), and applying it
 * ({@code work_items:write}): the items their dependencies hold back move to their early dates in one
 * transaction, each change with its event and activity.
 */
@ApplicationScoped
public class ScheduleService {
    private final Projects projects;
    private final WorkItems workItems;
    private final ScheduleReads reads;
    private final WorkItemActivity activity;
    private final Access access;
    private final Events events;
    private final Now now;

    public ScheduleService(Projects projects, WorkItems workItems, ScheduleReads reads, WorkItemActivity activity,
                           Access access, Events events, Now now) {
        this.projects = projects;
        this.workItems = workItems;
        this.reads = reads;
        this.activity = activity;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    /** What applying did (or would do, for a dry run): the dates moved, and the schedule they follow. */
    public record Applied(ProjectSchedule schedule, List<DateChange> changes, boolean dryRun) {
    }

    public Uni<ProjectSchedule> schedule(Caller caller, String wsRef, String projectRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> ProjectLookup.load(projects, caller, ws, projectRef))
                .chain(this::of);
    }

    /** For a project already loaded (GraphQL's Project.schedule): the scope checked in memory. */
    public Uni<ProjectSchedule> of(Caller caller, Project project) {
        Access.require(caller, project.workspaceId(), Scope.WORK_ITEMS_READ);
        return of(project);
    }

    private Uni<ProjectSchedule> of(Project project) {
        return reads.of(project).map(n -> n.scheduler().schedule(n.input()));
    }

    /** The project's milestones against its schedule, oldest first. */
    public Uni<List<MilestoneReport>> milestones(Caller caller, String wsRef, String projectRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> ProjectLookup.load(projects, caller, ws, projectRef))
                .chain(this::milestones);
    }

    /** For a project already loaded (GraphQL's Project.milestones): the scope checked in memory. */
    public Uni<List<MilestoneReport>> milestones(Caller caller, Project project) {
        Access.require(caller, project.workspaceId(), Scope.WORK_ITEMS_READ);
        return milestones(project);
    }

    private Uni<List<MilestoneReport>> milestones(Project project) {
        return reads.of(project)
                .map(n -> {
                    ProjectSchedule schedule = n.scheduler().schedule(n.input());
                    return n.input().items().stream().filter(WorkItem::isMilestone)
                            .map(m -> MilestoneReport.of(m, schedule, n.calendar(), n.input().today())).toList();
                });
    }

    @WithTransaction
    public Uni<Applied> apply(Caller caller, String wsRef, String projectRef, boolean dryRun) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> ProjectLookup.load(projects, caller, ws, projectRef))
                .chain(reads::of)
                .chain(n -> {
                    ProjectSchedule schedule = n.scheduler().schedule(n.input(), true);
                    List<DateChange> changes = ScheduleChanges.of(schedule, n.input(), n.calendar());
                    Applied applied = new Applied(schedule, changes, dryRun);
                    return dryRun || changes.isEmpty() ? Uni.createFrom().item(applied)
                            : write(caller, n.input().items(), changes)
                            .call(() -> events.record("project.schedule_applied", n.input().project().workspaceId(),
                                    n.input().project().id(), caller, now.instant(), applied(n.input().project(),
                                            changes), null))
                            .replaceWith(applied);
                });
    }

    /** Each moved item saved at the version read (a concurrent edit makes the whole apply a CONFLICT). */
    private Uni<Void> write(Caller caller, List<WorkItem> items, List<DateChange> changes) {
        Map<UUID, List<DateChange>> byItem = new LinkedHashMap<>();
        changes.forEach(c -> byItem.computeIfAbsent(c.itemId(), k -> new ArrayList<>()).add(c));
        Instant at = now.instant();
        List<WorkItem> moved = items.stream().filter(i -> byItem.containsKey(i.id())).toList();
        return Multi.createFrom().iterable(moved).onItem().transformToUniAndConcatenate(item -> {
            WorkItem changed = item.withDates(date(byItem.get(item.id()), "startDate", item.startDate()),
                    date(byItem.get(item.id()), "dueDate", item.dueDate()), at);
            return workItems.update(changed)
                    .call(saved -> activity.changed(caller, item, saved, at))
                    .call(saved -> events.record("work_item.updated", item.workspaceId(), item.id(), caller, at,
                            WorkItemData.of(saved), WorkItemData.of(item)));
        }).collect().last().replaceWithVoid();
    }

    private static Map<String, Object> applied(Project project, List<DateChange> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projectId", project.id().toString());
        data.put("projectKey", project.key());
        data.put("changes", changes.stream().map(c -> Map.of("key", c.key(), "field", c.field(),
                "from", c.from().toString(), "to", c.to().toString(), "why", c.why())).toList());
        return data;
    }

    private static LocalDate date(List<DateChange> changes, String field, LocalDate current) {
        return changes.stream().filter(c -> c.field().equals(field)).map(DateChange::to).findFirst().orElse(current);
    }
}

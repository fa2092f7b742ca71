package io.worklane.api.application.planning;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.planning.PlannedDates;
import io.worklane.domain.planning.ScheduleConflict;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What items show of their dependencies: {@code blocked} while a finish-to-start predecessor is
 * neither done nor cancelled, and the dependencies their planned dates break. Five statements for any
 * number of items (one when none has a predecessor).
 */
@ApplicationScoped
public class ItemPlans {
    private final Dependencies dependencies;
    private final WorkItems workItems;
    private final WorkflowResolver workflows;
    private final WorkspaceCalendars calendars;

    public ItemPlans(Dependencies dependencies, WorkItems workItems, WorkflowResolver workflows, WorkspaceCalendars calendars) {
        this.dependencies = dependencies;
        this.workItems = workItems;
        this.workflows = workflows;
        this.calendars = calendars;
    }

    /** One item's planning facts. */
    public record ItemPlan(boolean blocked, List<ScheduleConflict> conflicts) {
        public static final ItemPlan NONE = new ItemPlan(false, List.of());
    }

    /** The dependencies into the items, their predecessors, those predecessors' workflows and the calendar. */
    private record Facts(List<Dependency> into, Map<UUID, WorkItem> predecessors,
                         Map<WorkflowResolver.Key, Workflow> workflows, WorkingCalendar calendar) {
    }

    /** Every item maps to its plan (NONE without predecessors). */
    public Uni<Map<UUID, ItemPlan>> of(UUID workspaceId, Collection<WorkItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return dependencies.into(workspaceId, items.stream().map(WorkItem::id).toList())
                .chain(into -> into.isEmpty() ? Uni.createFrom().item((Facts) null) : facts(workspaceId, into))
                .map(facts -> items.stream().collect(Collectors.toMap(WorkItem::id,
                        item -> facts == null ? ItemPlan.NONE : plan(item, facts), (a, b) -> a)));
    }

    private Uni<Facts> facts(UUID workspaceId, List<Dependency> into) {
        return workItems.byIds(workspaceId, into.stream().map(Dependency::predecessorId).collect(Collectors.toSet()))
                .map(found -> found.stream().collect(Collectors.toMap(WorkItem::id, Function.identity())))
                .chain(preds -> workflows.forItems(workspaceId, preds.values().stream().map(WorkflowResolver.Key::of)
                                .collect(Collectors.toSet()))
                        .chain(byKey -> calendars.of(workspaceId).map(calendar -> new Facts(into, preds, byKey,
                                calendar))));
    }

    private static ItemPlan plan(WorkItem item, Facts f) {
        List<Dependency> mine = f.into().stream().filter(d -> d.successorId().equals(item.id())
                && f.predecessors().containsKey(d.predecessorId())).toList();
        boolean blocked = mine.stream().anyMatch(d -> d.type() == DependencyType.FS
                && !finished(f.predecessors().get(d.predecessorId()), f.workflows()));
        List<ScheduleConflict.Input> inputs = mine.stream().map(d -> {
            WorkItem p = f.predecessors().get(d.predecessorId());
            return new ScheduleConflict.Input(d, p.key(), PlannedDates.of(p.startDate(), p.dueDate(), f.calendar()));
        }).toList();
        return new ItemPlan(blocked, ScheduleConflict.of(PlannedDates.of(item.startDate(), item.dueDate(),
                f.calendar()), inputs, f.calendar()));
    }

    private static boolean finished(WorkItem item, Map<WorkflowResolver.Key, Workflow> workflows) {
        Workflow workflow = workflows.get(WorkflowResolver.Key.of(item));
        StateCategory category = workflow == null ? null
                : workflow.state(item.status()).map(s -> s.category()).orElse(null);
        return category != null && category.isFinished();
    }
}

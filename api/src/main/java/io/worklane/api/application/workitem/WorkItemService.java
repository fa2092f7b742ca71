package io.worklane.api.application.workitem;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.automation.AutomationEngine;
import io.worklane.api.application.automation.ChangedFields;
import io.worklane.api.application.planning.PhaseLookup;
import io.worklane.api.application.team.TeamMembers;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.domain.planning.Phases;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.FirstFailure;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.RuleTrigger;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.NewWorkItem;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.domain.workflow.Workflow;
import io.worklane.api.application.workflow.WorkflowResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use cases that change work items: each is one transaction that also writes its event. */
@ApplicationScoped
public class WorkItemService {
    private final WorkItems workItems;
    private final Projects projects;
    private final WorkItemInputs inputs;
    private final WorkItemHierarchy hierarchy;
    private final WorkflowResolver workflows;
    private final AutomationEngine automation;
    private final Access access;
    private final Events events;
    private final Now now;
    private final WorkItemActivity activity;
    private final Phases phases;
    private final TeamMembers teams;

    public WorkItemService(WorkItems workItems, Projects projects, WorkItemInputs inputs, WorkItemHierarchy hierarchy,
                           WorkflowResolver workflows, AutomationEngine automation, Access access, Events events,
                           Now now, WorkItemActivity activity, Phases phases, TeamMembers teams) {
        this.phases = phases;
        this.teams = teams;
        this.workflows = workflows;
        this.automation = automation;
        this.workItems = workItems;
        this.projects = projects;
        this.inputs = inputs;
        this.hierarchy = hierarchy;
        this.access = access;
        this.events = events;
        this.now = now;
        this.activity = activity;
    }

    @WithTransaction
    public Uni<WorkItem> create(Caller caller, String wsRef, WorkItemDraft d) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> ProjectLookup.load(projects, caller, ws, d.project()))
                .invoke(Project::ensureOpenForNewWork)
                .chain(project -> checked(project, d).chain(inputs -> created(caller, project, d, inputs)))
                .chain(workItems::current);
    }

    /**
     * The item numbered, inserted and recorded. From its number to the commit, the project's other creators wait
     * on this one, so everything it could read is read before ({@link #checked}).
     */
    private Uni<WorkItem> created(Caller caller, Project project, WorkItemDraft d, CheckedInputs in) {
        return numbered(project, d, in).chain(workItems::insert)
                .call(item -> recordCreation(caller, item, in.rules()));
    }

    /**
     * What the draft names, found and checked: people, custom values, phase, parent and the item's workflow, and
     * the automation rules its creation may fire. The reads are independent, so they run at once (one round trip of
     * waiting instead of six); a refusal is the first in this order, as if they had run in turn.
     */
    private Uni<CheckedInputs> checked(Project project, WorkItemDraft d) {
        UUID ws = project.workspaceId();
        Uni<Void> people = inputs.people(ws, d.assigneeIds(), d.reporterId());
        Uni<Map<String, Object>> values = inputs.customValues(ws, project.id(), Map.of(),
                d.customFields() == null ? Map.of() : d.customFields());
        Uni<UUID> phase = PhaseLookup.id(phases, ws, project.id(), d.phase())
                .call(() -> teams.id(ws, "team", d.team()));
        Uni<UUID> parent = parentId(ws, d.parent());
        Uni<Workflow> workflow = workflows.forItem(ws, project.id(), d.type() == null ? WorkItemType.TASK : d.type());
        Uni<List<AutomationRule>> rules = automation.rulesOnChanges(ws, project.id());
        return Uni.combine().all().unis(people, values, phase, parent, workflow, rules).collectFailures().asTuple()
                .onFailure().transform(FirstFailure::of)
                .map(read -> new CheckedInputs(read.getItem2(), read.getItem4(), read.getItem5(), read.getItem6()));
    }

    /** The new item with the project's next number (the row lock on the project serialises creators). */
    private Uni<WorkItem> numbered(Project project, WorkItemDraft d, CheckedInputs in) {
        return workItems.nextNumber(project.id()).map(number -> WorkItem.create(project, number,
                new NewWorkItem(d.type(), d.title(), d.description(), d.status(), d.priority(), d.assigneeIds(),
                        d.reporterId(), in.parentId(), d.startDate(), d.dueDate(), d.estimateMinutes(), d.labels(),
                        in.customValues())
                        .withPlanning(d.phase() == null ? null : UUID.fromString(d.phase()), d.startNoEarlierThan(),
                                d.finishNoLaterThan())
                        .withTeam(d.team() == null ? null : UUID.fromString(d.team())),
                in.workflow().statePolicy(), now.instant()));
    }

    /** History, event and automation of a creation, in its transaction. */
    private Uni<Void> recordCreation(Caller caller, WorkItem item, List<AutomationRule> rules) {
        return activity.created(caller, item)
                .chain(() -> events.record("work_item.created", item.workspaceId(), item.id(), caller, item.createdAt(),
                        WorkItemData.of(item), null))
                .chain(() -> automation.after(caller, RuleTrigger.created(), item, rules));
    }

    private record CheckedInputs(Map<String, Object> customValues, UUID parentId, Workflow workflow,
                                 List<AutomationRule> rules) {
    }

    @WithTransaction
    public Uni<WorkItem> update(Caller caller, String wsRef, String ref, Long expectedVersion, WorkItemPatch p) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), ref))
                .invoke(current -> ExpectedVersion.check(expectedVersion, current.version(), "Work item " + current.key()))
                .chain(current -> changed(current, p).chain(workItems::update)
                        .call(saved -> recordChange(caller, current, saved)))
                .chain(workItems::current);
    }

    /** The item with the patch applied, once the people, custom values, phase and parent it names are checked. */
    private Uni<WorkItem> changed(WorkItem current, WorkItemPatch p) {
        UUID ws = current.workspaceId();
        return inputs.people(ws, p.assigneeIds().present() ? p.assigneeIds().value() : null,
                        p.reporterId().present() ? p.reporterId().value() : null)
                .chain(() -> customValues(ws, current, p.customFields()))
                .chain(values -> PhaseLookup.change(phases, ws, current.projectId(), p.phase())
                        .chain(phaseId -> teams.change(ws, "team", p.team())
                                .chain(teamId -> hierarchy.newParent(ws, current, p.parent())
                                        .map(parentId -> current.change(PatchChanges.of(p, parentId, values, phaseId,
                                                teamId), now.instant())))));
    }

    /** History, event (with the fields' old values) and automation of a change, in its transaction. */
    private Uni<Void> recordChange(Caller caller, WorkItem before, WorkItem saved) {
        return activity.changed(caller, before, saved, saved.updatedAt())
                .chain(() -> events.record("work_item.updated", saved.workspaceId(), saved.id(), caller,
                        saved.updatedAt(), WorkItemData.of(saved), WorkItemData.of(before)))
                .chain(() -> automation.after(caller, RuleTrigger.fieldsChanged(ChangedFields.edited(before, saved)),
                        saved));
    }

    /** Deletes a work item, answering its id; its children stay, without a parent, and its key is never reused. */
    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String ref, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE).chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), ref)
                .chain(current -> {
                    ExpectedVersion.check(expectedVersion, current.version(), "Work item " + current.key());
                    return workItems.delete(ws.id(), current.id(), current.version())
                            .call(() -> activity.deleted(caller, current, now.instant()))
                            .call(() -> events.record("work_item.deleted", ws.id(), current.id(), caller,
                                    now.instant(), WorkItemData.of(current), null))
                            .replaceWith(current.id());
                }));
    }

    private Uni<UUID> parentId(UUID workspaceId, String parentRef) {
        return parentRef == null ? Uni.createFrom().nullItem()
                : inputs.parent(workspaceId, parentRef).map(WorkItem::id);
    }

    private Uni<Change<Map<String, Object>>> customValues(UUID workspaceId, WorkItem current,
                                                          Change<Map<String, Object>> patch) {
        if (!patch.present()) {
            return Uni.createFrom().item(Change.absent());
        }
        Map<String, Object> base = patch.value() == null ? Map.of() : current.customFields();
        Map<String, Object> changes = patch.value() == null ? Map.of() : patch.value();
        return inputs.customValues(workspaceId, current.projectId(), base, changes).map(Change::to);
    }
}

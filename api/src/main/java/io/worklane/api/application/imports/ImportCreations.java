package io.worklane.api.application.imports;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.automation.AutomationEngine;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.api.application.workitem.WorkItemData;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.ActivityLog;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.automation.RuleTrigger;
import io.worklane.domain.imports.ImportStore;
import io.worklane.domain.imports.ImportWrites;
import io.worklane.domain.job.Job;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The new items of an import's chunk, created set-based (ADR 0083) with what {@code WorkItemService.create} does
 * to each: access and the project once, custom values, people and workflows checked in memory with what was read
 * once ({@link ChunkDrafts}), the domain's own {@code WorkItem.create}, then one statement each for the items
 * (a range of numbers taken at once), their history, their {@code work_item.created} events (and their reactions),
 * their external ids, and the automation rules read once and run on each item.
 */
@ApplicationScoped
class ImportCreations {
    private final Access access;
    private final Projects projects;
    private final CustomFields customFields;
    private final WorkflowResolver workflows;
    private final MemberCheck members;
    private final ImportWrites writes;
    private final ImportStore store;
    private final ActivityLog history;
    private final Events events;
    private final AutomationEngine automation;
    private final Now now;

    ImportCreations(Access access, Projects projects, CustomFields customFields, WorkflowResolver workflows,
                    MemberCheck members, ImportWrites writes, ImportStore store, ActivityLog history, Events events,
                    AutomationEngine automation, Now now) {
        this.access = access;
        this.projects = projects;
        this.customFields = customFields;
        this.workflows = workflows;
        this.members = members;
        this.writes = writes;
        this.store = store;
        this.history = history;
        this.events = events;
        this.automation = automation;
        this.now = now;
    }

    /** Creates the rows' items; {@code imported} holds the items their parents were imported as before. */
    Uni<Void> create(Job job, Caller caller, List<ImportedRow> rows, Map<String, UUID> imported) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return access.workspace(caller, job.workspaceId().toString(), Scope.WORK_ITEMS_WRITE)
                .chain(ws -> ProjectLookup.load(projects, ws, (String) job.input().get("projectId")))
                .invoke(Project::ensureOpenForNewWork)
                .chain(project -> drafts(project, rows)
                        .chain(drafts -> writes.reserveNumbers(project.id(), rows.size())
                                .map(first -> drafts.items(first, imported, now)))
                        .chain(created -> written(job, caller, project, created)));
    }

    /** The drafts checked: custom values in memory, then every member they name in one look-up. */
    private Uni<ChunkDrafts> drafts(Project project, List<ImportedRow> rows) {
        UUID ws = project.workspaceId();
        return customFields.allOf(ws, project.id()).chain(defs -> ChunkDrafts.workflows(workflows, project, rows)
                .map(flows -> ChunkDrafts.of(project, rows, new ChunkChecks(defs), flows)))
                .call(d -> members.exist(ws, Map.of("assigneeIds", d.checks().assignees(), "reporterId", List.of())))
                .call(d -> members.exist(ws, "customFields", d.checks().customFieldMembers()));
    }

    private Uni<Void> written(Job job, Caller caller, Project project, ChunkDrafts.Created created) {
        UUID ws = project.workspaceId();
        List<WorkItem> items = created.items();
        var actor = caller.actorIn(ws);
        return writes.insertItems(items)
                .chain(() -> history.record(items.stream().map(i -> ActivityEntry.created(i, actor, i.createdAt()))
                        .toList()))
                .chain(() -> events.recordAll("work_item.created", ws, caller, items.stream()
                        .map(i -> new Events.Occurred(i.id(), i.createdAt(), WorkItemData.of(i))).toList()))
                .chain(() -> store.rememberAll(ws, (String) job.input().get("source"), created.byExternalId(),
                        now.instant()))
                .chain(() -> automation.afterEach(caller, RuleTrigger.created(), ws, project.id(), items));
    }
}

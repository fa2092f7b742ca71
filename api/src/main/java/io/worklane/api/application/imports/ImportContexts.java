package io.worklane.api.application.imports;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.domain.imports.ImportStore;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what an import's rows are checked against, in a few statements whatever the number of rows: the
 * project, its custom fields, a workflow per type, the members named by e-mail, the items imported before.
 */
@ApplicationScoped
class ImportContexts {
    private final Projects projects;
    private final CustomFields customFields;
    private final WorkflowResolver workflows;
    private final ImportStore store;

    ImportContexts(Projects projects, CustomFields customFields, WorkflowResolver workflows, ImportStore store) {
        this.projects = projects;
        this.customFields = customFields;
        this.workflows = workflows;
        this.store = store;
    }

    Uni<ImportContext> of(Workspace ws, ImportRequest r) {
        ImportMapping m = r.mapping();
        return ProjectLookup.load(projects, ws, m.project())
                .invoke(Project::ensureOpenForNewWork)
                .chain(project -> customFields.allOf(ws.id(), project.id()).chain(defs -> {
                    Map<String, String> byField = ImportFields.checked(m.columns(), defs, r.table().columns());
                    ImportContext bare = new ImportContext(project, m.sourceOrDefault(), m, byField, defs, Map.of(),
                            Map.of(), Map.of());
                    return typeWorkflows(project).chain(flows -> store.membersByEmail(ws.id(), emails(bare, r.table()))
                            .chain(members -> store.itemsByExternalId(ws.id(), bare.source(), ids(bare, r.table()))
                                    .map(existing -> new ImportContext(project, bare.source(), m, byField, defs, flows,
                                            members, existing))));
                }));
    }

    private Uni<Map<WorkItemType, Workflow>> typeWorkflows(Project project) {
        List<Uni<Workflow>> each = Arrays.stream(WorkItemType.values())
                .map(t -> workflows.forItem(project.workspaceId(), project.id(), t)).toList();
        return Uni.join().all(each).andFailFast().map(list -> {
            Map<WorkItemType, Workflow> byType = new EnumMap<>(WorkItemType.class);
            for (int i = 0; i < list.size(); i++) {
                byType.put(WorkItemType.values()[i], list.get(i));
            }
            return byType;
        });
    }

    /** Every e-mail address of the assignee column and of the user custom fields, in lower case. */
    private static Set<String> emails(ImportContext ctx, SourceTable table) {
        Set<String> columns = new HashSet<>();
        if (ctx.column("assignee") != null) {
            columns.add(ctx.column("assignee"));
        }
        for (CustomField def : ctx.customFields()) {
            String c = ctx.column(ImportFields.CUSTOM + def.key());
            if (def.type() == CustomFieldType.USER && c != null) {
                columns.add(c);
            }
        }
        Set<String> emails = new HashSet<>();
        table.rows().forEach(row -> columns.forEach(c -> ImportValues.list(row.value(c))
                .forEach(e -> emails.add(e.toLowerCase(Locale.ROOT)))));
        return emails;
    }

    /** Every id a row names: its own external id, its parent's, its predecessors'. */
    private static Set<String> ids(ImportContext ctx, SourceTable table) {
        Set<String> ids = new HashSet<>();
        List<String> dependsOn = ImportFields.columnsOf(ctx.byField(), "dependsOn");
        table.rows().forEach(row -> {
            addIfPresent(ids, row.value(ctx.column("externalId")));
            addIfPresent(ids, row.value(ctx.column("parent")));
            dependsOn.forEach(c -> ids.addAll(ImportValues.list(row.value(c))));
        });
        return ids;
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}

package io.worklane.api.application.imports;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.api.application.workitem.WorkItemDraft;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.NewWorkItem;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The new items of a chunk as drafts, the very drafts a single import step gives {@code WorkItemService.create}
 * ({@link ImportedRow#draft}), with their custom values checked ({@link ChunkChecks}) and their workflows read
 * once per type; then made into items by the domain ({@code WorkItem.create}, its rules and the workflow's state
 * policy) with the numbers taken for the chunk.
 */
record ChunkDrafts(Project project, List<ImportedRow> rows, List<WorkItemDraft> drafts,
                   List<Map<String, Object>> values, Map<WorkItemType, Workflow> workflows, ChunkChecks checks) {

    /** What the chunk made: its items in row order, and their ids by external id. */
    record Created(List<WorkItem> items, Map<String, UUID> byExternalId) {
    }

    static ChunkDrafts of(Project project, List<ImportedRow> rows, ChunkChecks checks,
                          Map<WorkItemType, Workflow> workflows) {
        List<WorkItemDraft> drafts = rows.stream().map(r -> r.draft(project.id().toString(), null)).toList();
        List<Map<String, Object>> values = drafts.stream().map(checks::customValues).toList();
        return new ChunkDrafts(project, rows, drafts, values, workflows, checks);
    }

    /** The workflow of each type the rows use, read once each. */
    static Uni<Map<WorkItemType, Workflow>> workflows(WorkflowResolver resolver, Project project, List<ImportedRow> rows) {
        List<WorkItemType> types = rows.stream().map(r -> type(r.draft(null, null))).distinct().toList();
        return Uni.join().all(types.stream().map(t -> resolver.forItem(project.workspaceId(), project.id(), t)).toList())
                .andFailFast().map(flows -> {
                    Map<WorkItemType, Workflow> byType = new EnumMap<>(WorkItemType.class);
                    for (int i = 0; i < types.size(); i++) {
                        byType.put(types.get(i), flows.get(i));
                    }
                    return byType;
                });
    }

    /**
     * The items, numbered from {@code first} in row order. A parent is an item imported before ({@code imported})
     * or one made earlier in the chunk (parents come before their children).
     */
    Created items(long first, Map<String, UUID> imported, Now now) {
        List<WorkItem> items = new ArrayList<>(rows.size());
        Map<String, UUID> byExternalId = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            WorkItemDraft d = drafts.get(i);
            UUID parentId = parent(rows.get(i).parent(), imported, byExternalId);
            WorkItem item = WorkItem.create(project, first + i, new NewWorkItem(d.type(), d.title(), d.description(),
                            d.status(), d.priority(), d.assigneeIds(), d.reporterId(), parentId, d.startDate(),
                            d.dueDate(), d.estimateMinutes(), d.labels(), values.get(i)).withPlanning(null, null, null)
                            .withTeam(null),
                    workflows.get(type(d)).statePolicy(), now.instant());
            items.add(item);
            byExternalId.put(rows.get(i).externalId(), item.id());
        }
        return new Created(items, byExternalId);
    }

    private static UUID parent(String externalId, Map<String, UUID> imported, Map<String, UUID> made) {
        if (externalId == null) {
            return null;
        }
        UUID id = made.containsKey(externalId) ? made.get(externalId) : imported.get(externalId);
        if (id == null) {
            throw new DomainException(ErrorCode.WORK_ITEM_NOT_FOUND, "The parent '" + externalId
                    + "' was not imported (its row was refused, or its item deleted meanwhile).");
        }
        return id;
    }

    private static WorkItemType type(WorkItemDraft d) {
        return d.type() == null ? WorkItemType.TASK : d.type();
    }
}

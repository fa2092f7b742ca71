package io.worklane.api.application.imports;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.planning.DependencyService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.TransitionService;
import io.worklane.api.application.workitem.WorkItemService;
import io.worklane.domain.imports.ImportStore;
import io.worklane.domain.job.Job;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One step of an import job, in the job's transaction: a row creates its item (in the state mapped, or the
 * workflow's initial one) or, when its external id was imported before, updates that item and moves it to the
 * state mapped through the workflow; a dependency is added unless it is there already. Everything goes through
 * the single-item use cases (permissions, rules, history, events, automation).
 */
@ApplicationScoped
class ImportSteps {
    private final ImportStore store;
    private final WorkItemService items;
    private final TransitionService transitions;
    private final DependencyService dependencies;
    private final Dependencies edges;
    private final Now now;

    ImportSteps(ImportStore store, WorkItemService items, TransitionService transitions,
                DependencyService dependencies, Dependencies edges, Now now) {
        this.store = store;
        this.items = items;
        this.transitions = transitions;
        this.dependencies = dependencies;
        this.edges = edges;
        this.now = now;
    }

    Uni<Void> item(Job job, Caller caller, Map<String, Object> row) {
        ImportedRow r = new ImportedRow(row);
        String source = source(job);
        List<String> ids = new ArrayList<>(List.of(r.externalId()));
        if (r.parent() != null) {
            ids.add(r.parent());
        }
        return store.itemsByExternalId(job.workspaceId(), source, ids).chain(found -> {
            String parentId = r.parent() == null ? null : idOf(found, r.parent(), "parent").toString();
            UUID existing = found.get(r.externalId());
            String ws = job.workspaceId().toString();
            if (existing == null) {
                return items.create(caller, ws, r.draft((String) job.input().get("projectId"), parentId))
                        .call(item -> store.remember(job.workspaceId(), source, r.externalId(), item.id(), now.instant()))
                        .replaceWithVoid();
            }
            return items.update(caller, ws, existing.toString(), null, r.patch(fields(job), parentId))
                    .chain(item -> moved(caller, item, r.state()));
        });
    }

    /** The item in the state the row maps to, through the workflow (a move it does not allow refuses the row). */
    private Uni<Void> moved(Caller caller, WorkItem item, String state) {
        if (state == null || state.equals(item.status())) {
            return Uni.createFrom().voidItem();
        }
        return transitions.move(caller, item, new TransitionService.Request(state, null, false, null)).replaceWithVoid();
    }

    Uni<Void> dependency(Job job, Caller caller, Map<String, Object> row) {
        String successor = (String) row.get("successor");
        String predecessor = (String) row.get("predecessor");
        return store.itemsByExternalId(job.workspaceId(), source(job), List.of(successor, predecessor)).chain(found -> {
            UUID after = idOf(found, successor, "item");
            UUID before = idOf(found, predecessor, "predecessor");
            return edges.into(job.workspaceId(), List.of(after)).chain(existing -> existing.stream()
                    .anyMatch(d -> d.predecessorId().equals(before)) ? Uni.createFrom().voidItem()
                    : dependencies.add(caller, job.workspaceId().toString(), after.toString(),
                            new DependencyService.Draft(before.toString(), null, null)).replaceWithVoid());
        });
    }

    private static UUID idOf(Map<String, UUID> found, String externalId, String what) {
        UUID id = found.get(externalId);
        if (id == null) {
            throw new DomainException(ErrorCode.WORK_ITEM_NOT_FOUND, "The " + what + " '" + externalId
                    + "' was not imported (its row was refused, or its item deleted meanwhile).");
        }
        return id;
    }

    private static String source(Job job) {
        return (String) job.input().get("source");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Job job) {
        return (List<String>) job.input().get("fields");
    }
}

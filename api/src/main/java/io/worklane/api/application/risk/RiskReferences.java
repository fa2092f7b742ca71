package io.worklane.api.application.risk;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectSight;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a risk names: its owner (a member) and its mitigation items (work items of the workspace, id or key). */
@ApplicationScoped
public class RiskReferences {
    private final MemberCheck members;
    private final WorkItems workItems;
    private final ProjectAccess projectAccess;

    public RiskReferences(MemberCheck members, WorkItems workItems, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.members = members;
        this.workItems = workItems;
    }

    Uni<Void> owner(UUID workspaceId, UUID owner) {
        return members.exist(workspaceId, "owner", owner);
    }

    /**
     * The items' ids in the order given, each looked up by id or key; unknown ones refused together (400), and so is an
     * item of a project hidden from the caller (ADR 0084), as if it did not exist.
     */
    Uni<List<UUID>> items(Caller caller, UUID workspaceId, List<String> refs) {
        if (refs == null || refs.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (refs.size() > Risk.MAX_MITIGATION_ITEMS) {
            throw DomainException.validation(List.of(new FieldError("mitigationItems", "TOO_MANY",
                    "must have at most " + Risk.MAX_MITIGATION_ITEMS + " work items")));
        }
        List<UUID> ids = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        Uni<ProjectSight> sight = projectAccess.sight(caller, workspaceId);
        Uni<Void> all = Uni.createFrom().voidItem();
        for (int i = 0; i < refs.size(); i++) {
            int index = i;
            String ref = refs.get(i);
            all = all.chain(() -> ref == null ? Uni.createFrom().item(java.util.Optional.<WorkItem>empty())
                    : workItems.find(workspaceId, ref).chain(found -> sight.map(s -> found.filter(w ->
                            s.sees(w.projectId()))))).invoke(found -> found.ifPresentOrElse(w -> ids.add(w.id()),
                    () -> unknown.add(new FieldError("mitigationItems[" + index + "]", "UNKNOWN_WORK_ITEM", "'" + ref
                            + "' is not a work item of this workspace (give its id or key, e.g. ENG-42)"))))
                    .replaceWithVoid();
        }
        return all.map(done -> {
            if (!unknown.isEmpty()) {
                throw DomainException.validation(unknown);
            }
            return List.copyOf(ids);
        });
    }

    /**
     * The risks with their mitigation items, in one statement for all of them; items of projects hidden from the
     * caller are left out (a risk of one project, or of a portfolio, may name items of a private one).
     */
    Uni<List<ShownRisk>> shown(Caller caller, UUID workspaceId, List<Risk> risks) {
        List<UUID> ids = risks.stream().flatMap(r -> r.mitigationItemIds().stream()).distinct().toList();
        return byId(workspaceId, ids).chain(items -> projectAccess.sight(caller, workspaceId).map(s -> {
            Map<UUID, WorkItem> seen = new java.util.HashMap<>();
            items.forEach((id, w) -> {
                if (s.sees(w.projectId())) {
                    seen.put(id, w);
                }
            });
            return risks.stream().map(r -> ShownRisk.of(r, seen)).toList();
        }));
    }

    /** Of these items, those in projects hidden from the caller: a list it replaces keeps them (it never saw them). */
    Uni<List<UUID>> hidden(Caller caller, UUID workspaceId, List<UUID> ids) {
        return byId(workspaceId, ids).chain(items -> projectAccess.sight(caller, workspaceId)
                .map(s -> ids.stream().filter(id -> items.containsKey(id) && !s.sees(items.get(id).projectId()))
                        .toList()));
    }

    Uni<ShownRisk> shown(Caller caller, Risk risk) {
        return shown(caller, risk.workspaceId(), List.of(risk)).map(list -> list.get(0));
    }

    private Uni<Map<UUID, WorkItem>> byId(UUID workspaceId, Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : workItems.byIds(workspaceId, ids)
                .map(found -> found.stream().collect(Collectors.toMap(WorkItem::id, Function.identity(), (a, b) -> a)));
    }

    static DomainException notFound(String ref) {
        return DomainException.notFound(ErrorCode.RISK_NOT_FOUND, "Risk", ref);
    }
}

package io.worklane.api.application.risk;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.risk.RiskHistoryEntry;
import io.worklane.domain.risk.RiskMatrix;
import io.worklane.domain.risk.RiskStatus;
import io.worklane.domain.risk.Risks;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading risk registers, with {@code projects:read}: lists, one risk, the matrix and a risk's history. */
@ApplicationScoped
public class RiskQueries {
    private final Risks risks;
    private final Projects projects;
    private final Access access;
    private final RiskReferences references;

    public RiskQueries(Risks risks, Projects projects, Access access, RiskReferences references) {
        this.risks = risks;
        this.projects = projects;
        this.access = access;
        this.references = references;
    }

    public Uni<Page<ShownRisk>> list(Caller caller, String wsRef, String projectRef, RiskStatus status,
                                     PageRequest page) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ)
                .chain(p -> risks.ofProject(p.workspaceId(), p.id(), status, page).chain(found ->
                        references.shown(p.workspaceId(), found.items()).map(shown -> new Page<>(shown,
                                found.nextCursor()))));
    }

    public Uni<ShownRisk> get(Caller caller, String wsRef, String projectRef, String riskRef) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ).chain(p -> find(p, riskRef))
                .chain(references::shown);
    }

    public Uni<RiskMatrix> matrix(Caller caller, String wsRef, String projectRef) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ)
                .chain(p -> risks.matrices(p.workspaceId(), List.of(p.id())).map(m -> m.get(p.id())));
    }

    /** The history of a risk of the project, oldest first. */
    public Uni<Page<RiskHistoryEntry>> history(Caller caller, String wsRef, String projectRef, String riskRef,
                                               PageRequest page) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ).chain(p -> find(p, riskRef))
                .chain(r -> risks.history(r.workspaceId(), r.id(), page));
    }

    /** GraphQL's Project.risks: a page per project, in one statement (the caller's scope checked first). */
    public Uni<Map<UUID, Page<ShownRisk>>> pages(Caller caller, UUID workspaceId, Collection<UUID> projectIds,
                                                 PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return risks.pagesByProject(workspaceId, projectIds, page).chain(pages -> references.shown(workspaceId,
                pages.values().stream().flatMap(p -> p.items().stream()).toList()).map(shown -> {
                    Map<UUID, ShownRisk> byId = new java.util.HashMap<>();
                    shown.forEach(s -> byId.put(s.risk().id(), s));
                    Map<UUID, Page<ShownRisk>> out = new java.util.LinkedHashMap<>();
                    pages.forEach((id, p) -> out.put(id, new Page<>(p.items().stream().map(r -> byId.get(r.id()))
                            .toList(), p.nextCursor())));
                    return out;
                }));
    }

    /** GraphQL's Project.riskMatrix: the matrices of these projects in one statement. */
    public Uni<Map<UUID, RiskMatrix>> matrices(Caller caller, UUID workspaceId, Collection<UUID> projectIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return risks.matrices(workspaceId, projectIds);
    }

    /** GraphQL's Risk.history: a page per risk, in one statement. */
    public Uni<Map<UUID, Page<RiskHistoryEntry>>> historyPages(Caller caller, UUID workspaceId,
                                                              Collection<UUID> riskIds, PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return risks.historyPages(workspaceId, riskIds, page);
    }

    /** All risks of the project, most exposed first (status reports, close-out). */
    public Uni<List<Risk>> all(Project project) {
        return risks.allOfProject(project.workspaceId(), project.id());
    }

    /** A risk of the project, else RISK_NOT_FOUND (another project's risk too). */
    Uni<Risk> find(Project project, String riskRef) {
        UUID id = Ids.parseOrNull(riskRef);
        return (id == null ? Uni.createFrom().item(Optional.<Risk>empty()) : risks.find(project.workspaceId(), id))
                .map(found -> found.filter(r -> r.projectId().equals(project.id()))
                        .orElseThrow(() -> RiskReferences.notFound(riskRef)));
    }

    Uni<Project> project(Caller caller, String wsRef, String projectRef, Scope scope) {
        // changing them is managing the project: projects:write, or the project's MANAGER (ADR 0084)
        return ProjectAccess.current().loadFor(access, caller, wsRef, projectRef, scope);
    }
}

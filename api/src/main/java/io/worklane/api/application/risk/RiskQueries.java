package io.worklane.api.application.risk;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.portfolio.PortfolioQueries;
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

/**
 * Reading risk registers of projects and portfolios (ADR 0086), with {@code projects:read}: lists, one risk, the
 * matrix and a risk's history.
 */
@ApplicationScoped
public class RiskQueries {
    private final Risks risks;
    private final Projects projects;
    private final Access access;
    private final RiskReferences references;
    private final PortfolioQueries portfolios;
    private final ProjectAccess projectAccess;

    public RiskQueries(Risks risks, Projects projects, Access access, RiskReferences references,
                       PortfolioQueries portfolios, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.risks = risks;
        this.projects = projects;
        this.access = access;
        this.references = references;
        this.portfolios = portfolios;
    }

    public Uni<Page<ShownRisk>> list(Caller caller, String wsRef, String projectRef, RiskStatus status,
                                     PageRequest page) {
        return list(caller, wsRef, RiskRegister.Ref.project(projectRef), status, page);
    }

    public Uni<Page<ShownRisk>> list(Caller caller, String wsRef, RiskRegister.Ref ref, RiskStatus status,
                                     PageRequest page) {
        return register(caller, wsRef, ref, Scope.PROJECTS_READ)
                .chain(r -> (r.portfolioId() == null ? risks.ofProject(r.workspaceId(), r.projectId(), status, page)
                        : risks.ofPortfolio(r.workspaceId(), r.portfolioId(), status, page))
                        .chain(found -> references.shown(caller, r.workspaceId(), found.items())
                                .map(shown -> new Page<>(shown, found.nextCursor()))));
    }

    public Uni<ShownRisk> get(Caller caller, String wsRef, String projectRef, String riskRef) {
        return get(caller, wsRef, RiskRegister.Ref.project(projectRef), riskRef);
    }

    public Uni<ShownRisk> get(Caller caller, String wsRef, RiskRegister.Ref ref, String riskRef) {
        return register(caller, wsRef, ref, Scope.PROJECTS_READ).chain(r -> find(r, riskRef))
                .chain(r -> references.shown(caller, r));
    }

    public Uni<RiskMatrix> matrix(Caller caller, String wsRef, String projectRef) {
        return matrix(caller, wsRef, RiskRegister.Ref.project(projectRef));
    }

    public Uni<RiskMatrix> matrix(Caller caller, String wsRef, RiskRegister.Ref ref) {
        return register(caller, wsRef, ref, Scope.PROJECTS_READ).chain(r -> r.portfolioId() == null
                ? risks.matrices(r.workspaceId(), List.of(r.projectId())).map(m -> m.get(r.projectId()))
                : risks.portfolioMatrices(r.workspaceId(), List.of(r.portfolioId())).map(m -> m.get(r.portfolioId())));
    }

    /** The history of a risk of the project, oldest first. */
    public Uni<Page<RiskHistoryEntry>> history(Caller caller, String wsRef, String projectRef, String riskRef,
                                               PageRequest page) {
        return history(caller, wsRef, RiskRegister.Ref.project(projectRef), riskRef, page);
    }

    /** The history of a risk of the register, oldest first. */
    public Uni<Page<RiskHistoryEntry>> history(Caller caller, String wsRef, RiskRegister.Ref ref, String riskRef,
                                               PageRequest page) {
        return register(caller, wsRef, ref, Scope.PROJECTS_READ).chain(r -> find(r, riskRef))
                .chain(r -> risks.history(r.workspaceId(), r.id(), page));
    }

    /** GraphQL's Project.risks: a page per project, in one statement (the caller's scope checked first). */
    public Uni<Map<UUID, Page<ShownRisk>>> pages(Caller caller, UUID workspaceId, Collection<UUID> projectIds,
                                                 PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return risks.pagesByProject(workspaceId, projectIds, page).chain(pages -> shownPages(caller, workspaceId, pages));
    }

    /** Pages of risks with their mitigation items, resolved in one statement for all of them. */
    private Uni<Map<UUID, Page<ShownRisk>>> shownPages(Caller caller, UUID workspaceId,
                                                       Map<UUID, Page<Risk>> pages) {
        return references.shown(caller, workspaceId, pages.values().stream().flatMap(p -> p.items().stream()).toList())
                .map(shown -> {
                    Map<UUID, ShownRisk> byId = new java.util.HashMap<>();
                    shown.forEach(s -> byId.put(s.risk().id(), s));
                    Map<UUID, Page<ShownRisk>> out = new java.util.LinkedHashMap<>();
                    pages.forEach((id, p) -> out.put(id, new Page<>(p.items().stream().map(r -> byId.get(r.id()))
                            .toList(), p.nextCursor())));
                    return out;
                });
    }

    /** GraphQL's Portfolio.risks: a page of each portfolio's own risks, in one statement. */
    public Uni<Map<UUID, Page<ShownRisk>>> portfolioPages(Caller caller, UUID workspaceId,
                                                         Collection<UUID> portfolioIds, PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return risks.pagesByPortfolio(workspaceId, portfolioIds, page)
                .chain(pages -> shownPages(caller, workspaceId, pages));
    }

    /** GraphQL's Portfolio.riskMatrix: the matrices of these portfolios' own risks in one statement. */
    public Uni<Map<UUID, RiskMatrix>> portfolioMatrices(Caller caller, UUID workspaceId,
                                                       Collection<UUID> portfolioIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return risks.portfolioMatrices(workspaceId, portfolioIds);
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

    /** A risk of the register, else RISK_NOT_FOUND (another register's risk too). */
    Uni<Risk> find(RiskRegister register, String riskRef) {
        UUID id = Ids.parseOrNull(riskRef);
        return (id == null ? Uni.createFrom().item(Optional.<Risk>empty()) : risks.find(register.workspaceId(), id))
                .map(found -> found.filter(register::holds).orElseThrow(() -> RiskReferences.notFound(riskRef)));
    }

    /**
     * The register named: a project's (changing it is managing the project: projects:write, or the project's
     * MANAGER, ADR 0084) or a portfolio's (projects:read to read, projects:write to change, as the portfolio).
     */
    Uni<RiskRegister> register(Caller caller, String wsRef, RiskRegister.Ref ref, Scope scope) {
        if (ref.ofAPortfolio()) {
            return portfolios.load(caller, wsRef, ref.portfolio(), scope).map(RiskRegister::of);
        }
        return projectAccess.loadFor(access, caller, wsRef, ref.project(), scope).map(RiskRegister::of);
    }
}

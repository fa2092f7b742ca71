package io.worklane.api.application.portfolio;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.portfolio.Portfolios;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading portfolios, with {@code projects:read}; and looking up what their changes name. */
@ApplicationScoped
public class PortfolioQueries {
    private final Portfolios portfolios;
    private final Projects projects;
    private final Access access;

    public PortfolioQueries(Portfolios portfolios, Projects projects, Access access) {
        this.portfolios = portfolios;
        this.projects = projects;
        this.access = access;
    }

    /** The workspace's portfolios, oldest first; only the children of {@code parentRef} when given. */
    public Uni<Page<Portfolio>> list(Caller caller, String wsRef, String parentRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> parentRef == null
                ? portfolios.list(ws.id(), null, page)
                : find(ws.id(), parentRef).chain(parent -> portfolios.list(ws.id(), parent.id(), page)));
    }

    public Uni<Portfolio> get(Caller caller, String wsRef, String portfolioRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> find(ws.id(), portfolioRef));
    }

    /** GraphQL: these portfolios, the caller's scope checked first. */
    public Uni<List<Portfolio>> byIds(Caller caller, UUID workspaceId, Collection<UUID> ids) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return portfolios.byIds(workspaceId, ids);
    }

    /** GraphQL's Project.portfolios: the portfolios of each project, in one statement. */
    public Uni<Map<UUID, List<Portfolio>>> ofProjects(Caller caller, UUID workspaceId, Collection<UUID> projectIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return portfolios.ofProjects(workspaceId, projectIds);
    }

    public Uni<ShownPortfolio> show(Caller caller, String wsRef, String portfolioRef) {
        return get(caller, wsRef, portfolioRef).chain(this::shown);
    }

    public Uni<Page<ShownPortfolio>> showList(Caller caller, String wsRef, String parentRef, PageRequest page) {
        return list(caller, wsRef, parentRef, page).chain(found -> shown(found.items())
                .map(items -> new Page<>(items, found.nextCursor())));
    }

    /** The portfolio with its ranked projects (one statement). */
    public Uni<ShownPortfolio> shown(Portfolio p) {
        return shown(List.of(p)).map(all -> all.get(0));
    }

    /** These portfolios with their ranked projects, in one statement for all of them. */
    public Uni<List<ShownPortfolio>> shown(List<Portfolio> all) {
        List<UUID> ids = all.stream().flatMap(p -> p.projectIds().stream()).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(all.stream().map(p -> new ShownPortfolio(p, List.of())).toList());
        }
        return projects.byIds(all.get(0).workspaceId(), ids).map(found -> {
            Map<UUID, Project> byId = new java.util.HashMap<>();
            found.forEach(x -> byId.put(x.id(), x));
            return all.stream().map(p -> new ShownPortfolio(p, p.projectIds().stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).toList())).toList();
        });
    }

    /** A portfolio of the workspace, else PORTFOLIO_NOT_FOUND (another workspace's too). */
    Uni<Portfolio> find(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Portfolio>empty()) : portfolios.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.PORTFOLIO_NOT_FOUND,
                        "Portfolio", ref)));
    }

    /** A parent named in a body: unknown is a 400 on the field, as for any reference in a body. */
    Uni<UUID> parent(UUID workspaceId, String ref) {
        if (ref == null) {
            return Uni.createFrom().nullItem();
        }
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Portfolio>empty()) : portfolios.find(workspaceId, id))
                .map(found -> found.map(Portfolio::id).orElseThrow(() -> DomainException.validation(List.of(
                        new FieldError("parent", "UNKNOWN_PORTFOLIO", "'" + ref
                                + "' is not a portfolio of this workspace (give its id)")))));
    }

    Uni<Project> project(io.worklane.api.application.shared.Caller caller, Workspace ws, String projectRef) {
        return ProjectLookup.load(projects, caller, ws, projectRef);
    }

    Uni<Workspace> workspace(Caller caller, String wsRef, Scope scope) {
        return access.workspace(caller, wsRef, scope);
    }

    Uni<List<UUID>> ancestry(UUID workspaceId, UUID parentId) {
        return portfolios.selfAndAncestors(workspaceId, parentId);
    }
}

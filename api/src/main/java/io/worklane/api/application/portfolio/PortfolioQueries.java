package io.worklane.api.application.portfolio;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.project.ProjectSight;
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
    private final ProjectAccess sight;

    public PortfolioQueries(Portfolios portfolios, Projects projects, Access access, ProjectAccess sight) {
        this.portfolios = portfolios;
        this.projects = projects;
        this.access = access;
        this.sight = sight;
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

    /** The portfolio named by {@code ref}, for a use case that needs {@code scope} (a portfolio's risks, ADR 0086). */
    public Uni<Portfolio> load(Caller caller, String wsRef, String portfolioRef, Scope scope) {
        return access.workspace(caller, wsRef, scope).chain(ws -> find(ws.id(), portfolioRef));
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
        return get(caller, wsRef, portfolioRef).chain(p -> shown(caller, p));
    }

    public Uni<Page<ShownPortfolio>> showList(Caller caller, String wsRef, String parentRef, PageRequest page) {
        return list(caller, wsRef, parentRef, page).chain(found -> shown(caller, found.items())
                .map(items -> new Page<>(items, found.nextCursor())));
    }

    /** The portfolio with its ranked projects as the caller sees them (one statement). */
    public Uni<ShownPortfolio> shown(Caller caller, Portfolio p) {
        return shown(caller, List.of(p)).map(all -> all.get(0));
    }

    /**
     * These portfolios with their ranked projects, in one statement for all of them; without the projects hidden
     * from the caller (ADR 0084), the others ranked among themselves, so that nothing tells a hidden one is there.
     */
    public Uni<List<ShownPortfolio>> shown(Caller caller, List<Portfolio> all) {
        if (all.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sight.sight(caller, all.get(0).workspaceId())
                .chain(s -> resolved(all.stream().map(p -> seen(s, p)).toList()));
    }

    /**
     * The portfolio and those nested under it, as the caller sees them: what roll-ups and portfolio reports sum
     * (over the visible projects only).
     */
    public Uni<List<Portfolio>> visibleTree(Caller caller, Portfolio portfolio) {
        UUID ws = portfolio.workspaceId();
        return sight.sight(caller, ws).chain(s -> portfolios.selfAndDescendants(ws, portfolio.id())
                .map(tree -> tree.stream().map(p -> seen(s, p)).toList()));
    }

    /** The portfolio without the projects the caller may not see. */
    static Portfolio seen(ProjectSight s, Portfolio p) {
        return s.hidden().isEmpty() ? p : p.withProjects(p.projectIds().stream().filter(s::sees).toList(),
                p.updatedAt());
    }

    private Uni<List<ShownPortfolio>> resolved(List<Portfolio> all) {
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

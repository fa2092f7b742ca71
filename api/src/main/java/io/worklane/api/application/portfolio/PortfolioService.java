package io.worklane.api.application.portfolio;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.portfolio.NewPortfolio;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.portfolio.PortfolioChanges;
import io.worklane.domain.portfolio.PortfolioNesting;
import io.worklane.domain.portfolio.Portfolios;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/**
 * Portfolios, written with {@code projects:write}: each change in one transaction with its event
 * ({@code portfolio.created}, {@code portfolio.updated} — fields or ranked projects —, {@code portfolio.deleted}).
 */
@ApplicationScoped
public class PortfolioService {
    private final Portfolios portfolios;
    private final PortfolioQueries queries;
    private final MemberCheck members;
    private final Events events;
    private final Now now;

    public PortfolioService(Portfolios portfolios, PortfolioQueries queries, MemberCheck members, Events events,
                            Now now) {
        this.portfolios = portfolios;
        this.queries = queries;
        this.members = members;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<ShownPortfolio> create(Caller caller, String wsRef, PortfolioDraft d) {
        return queries.workspace(caller, wsRef, Scope.PROJECTS_WRITE)
                .call(ws -> members.exist(ws.id(), "owner", d.owner()))
                .chain(ws -> queries.parent(ws.id(), d.parent()).call(parent -> nestable(ws.id(), null, d.name(), parent))
                        .map(parent -> Portfolio.create(ws.id(), new NewPortfolio(d.name(), d.description(), d.owner(),
                                d.currency(), parent), now.instant())))
                .chain(portfolios::insert)
                .call(saved -> events.record("portfolio.created", saved.workspaceId(), saved.id(), caller,
                        saved.createdAt(), PortfolioData.of(saved), null))
                .chain(p -> queries.shown(caller, p));
    }

    @WithTransaction
    public Uni<ShownPortfolio> update(Caller caller, String wsRef, String ref, Long expected, PortfolioPatch p) {
        return change(caller, wsRef, ref, expected, current -> {
            Uni<Change<UUID>> parent = p.parent().present()
                    ? queries.parent(current.workspaceId(), p.parent().value())
                            .call(id -> nestable(current.workspaceId(), current.id(), current.name(), id))
                            .map(Change::to)
                    : Uni.createFrom().item(Change.absent());
            return members.exist(current.workspaceId(), "owner", p.owner().present() ? p.owner().value() : null)
                    .chain(() -> parent).map(pc -> current.change(new PortfolioChanges(p.name(), p.description(),
                            p.owner(), p.currency(), pc), now.instant()));
        });
    }

    /** Adds the project at this rank, or moves it there (null: last). */
    @WithTransaction
    public Uni<ShownPortfolio> rank(Caller caller, String wsRef, String ref, String projectRef, Integer rank, Long expected) {
        return change(caller, wsRef, ref, expected, current -> project(caller, wsRef, projectRef)
                .map(project -> current.rank(project.id(), rank, now.instant())));
    }

    @WithTransaction
    public Uni<ShownPortfolio> remove(Caller caller, String wsRef, String ref, String projectRef, Long expected) {
        return change(caller, wsRef, ref, expected, current -> project(caller, wsRef, projectRef).map(project -> {
            if (current.rankOf(project.id()) == 0) {
                throw new DomainException(ErrorCode.PORTFOLIO_PROJECT_NOT_FOUND, "Project " + project.key()
                        + " is not in portfolio " + current.name() + ".");
            }
            return current.remove(project.id(), now.instant());
        }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String ref, Long expected) {
        return queries.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> queries.find(ws.id(), ref))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Portfolio " + current.name()))
                .call(current -> portfolios.hasChildren(current.workspaceId(), current.id()).invoke(has -> {
                    if (has) {
                        throw new DomainException(ErrorCode.PORTFOLIO_HAS_CHILDREN, "Portfolio " + current.name()
                                + " has child portfolios: move them (PATCH their parent) or delete them first.");
                    }
                }))
                .call(current -> portfolios.delete(current.workspaceId(), current.id(), current.version()))
                .call(current -> events.record("portfolio.deleted", current.workspaceId(), current.id(), caller,
                        now.instant(), PortfolioData.of(current), null))
                .map(Portfolio::id);
    }

    /** Load, check the version, apply, save, record portfolio.updated (nothing when nothing changed). */
    private Uni<ShownPortfolio> change(Caller caller, String wsRef, String ref, Long expected,
                                  Function<Portfolio, Uni<Portfolio>> how) {
        return queries.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> queries.find(ws.id(), ref))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Portfolio " + current.name()))
                .chain(current -> how.apply(current).chain(changed -> unchanged(current, changed)
                        ? Uni.createFrom().item(current)
                        : portfolios.update(changed).call(saved -> events.record("portfolio.updated",
                                saved.workspaceId(), saved.id(), caller, saved.updatedAt(), PortfolioData.of(saved),
                                PortfolioData.of(current)))))
                .chain(p -> queries.shown(caller, p));
    }

    private static boolean unchanged(Portfolio before, Portfolio after) {
        return PortfolioData.of(before).equals(PortfolioData.of(after));
    }

    private Uni<Void> nestable(UUID workspaceId, UUID id, String name, UUID parent) {
        return parent == null ? Uni.createFrom().voidItem() : queries.ancestry(workspaceId, parent)
                .invoke(chain -> PortfolioNesting.check(id, name, chain)).replaceWithVoid();
    }

    private Uni<Project> project(Caller caller, String wsRef, String projectRef) {
        return queries.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> queries.project(caller, ws, projectRef));
    }

}

package io.worklane.api.application.budget;

import io.worklane.api.application.project.ProjectAccess;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.BudgetNarrowing;
import io.worklane.domain.budget.Budgets;
import io.worklane.domain.budget.NewBudget;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Budgets of a workspace: written with {@code budgets:write}, read with {@code budgets:read} and only
 * where {@link CostAccess} lets the caller see the project's costs (else 404, as if missing).
 */
@ApplicationScoped
public class BudgetService {
    private final ProjectAccess projectAccess;
    private final Budgets budgets;
    private final Projects projects;
    private final Access access;
    private final Events events;
    private final Now now;
    private final BudgetAlerts alerts;

    public BudgetService(Budgets budgets, Projects projects, Access access, Events events, Now now,
                         BudgetAlerts alerts, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.budgets = budgets;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.now = now;
        this.alerts = alerts;
    }

    /** A budget with its project, which its representations and visibility need. */
    public record Shown(Budget budget, Project project) {
    }

    @WithTransaction
    public Uni<Shown> create(Caller caller, String wsRef, String projectRef, NewBudget n) {
        // budgets:write, or the project's MANAGER (ADR 0084); one that manages nothing is refused before any lookup
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_WRITE)
                .chain(ws -> project(ws.id(), projectRef).call(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                        : projectAccess.requireSees(caller, ws.id(), found.get().id(), ErrorCode.PROJECT_NOT_FOUND,
                                "Project", projectRef).chain(() -> projectAccess.requireManage(caller, found.get(),
                                Scope.BUDGETS_WRITE)))
                .chain(found -> {
                    List<FieldError> errors = new ArrayList<>();
                    if (projectRef == null) {
                        errors.add(new FieldError("project", "REQUIRED", "is required (a project id or key)"));
                    } else if (found.isEmpty()) {
                        // like every reference to a missing object: 404, so another workspace's id reveals nothing
                        throw DomainException.notFound(ErrorCode.PROJECT_NOT_FOUND, "Project", projectRef);
                    }
                    Budget draft = validated(errors, () -> Budget.create(ws.id(),
                            found.map(Project::id).orElse(ws.id()), n, now.instant()));
                    Project project = found.get();
                    return budgets.insert(draft)
                            .call(saved -> events.record("budget.created", ws.id(), saved.id(), caller,
                                    saved.createdAt(), BudgetData.of(saved), null))
                            .call(saved -> alerts.reassess(caller, ws.id(), project.id()))
                            .map(saved -> new Shown(saved, project));
                }));
    }

    /** budgets:read, or the MANAGER of the budget's project (ADR 0084). */
    public Uni<Shown> get(Caller caller, String wsRef, String id) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_READ)
                .chain(ws -> visible(caller, ws.id(), id)
                .call(s -> projectAccess.requireManage(caller, s.project(), Scope.BUDGETS_READ)));
    }

    /**
     * The budgets the caller may see, oldest first; {@code projectRef} narrows to one project's. Without budgets:read,
     * a project MANAGER lists the budgets of the projects it manages.
     */
    public Uni<Page<Shown>> list(Caller caller, String wsRef, String projectRef, PageRequest page) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_READ)
                .chain(ws -> projectAccess.sight(caller, ws.id()).chain(sight -> project(ws.id(),
                projectRef).chain(p -> {
                    if (projectRef != null && p.isEmpty()) {
                        return Uni.createFrom().item(new Page<Shown>(List.of(), null));
                    }
                    BudgetNarrowing narrowing = caller.holds(ws.id(), Scope.BUDGETS_READ)
                            ? BudgetNarrowing.reader(CostAccess.narrowedTo(caller, ws.id()), sight.managed())
                            : BudgetNarrowing.managerOnly(sight.managed());
                    return budgets.list(ws.id(), p.map(Project::id).orElse(null), narrowing, page)
                            .chain(found -> projectAccess.visibleOnly(caller, ws.id(), found, Budget::projectId))
                            .chain(found -> withProjects(ws.id(), found));
                })));
    }

    @WithTransaction
    public Uni<Shown> update(Caller caller, String wsRef, String id, Long expectedVersion, BudgetPatch patch) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_WRITE)
                .chain(ws -> visible(caller, ws.id(), id)
                .call(current -> projectAccess.requireManage(caller, current.project(), Scope.BUDGETS_WRITE))
                .chain(current -> {
                    Budget was = current.budget();
                    ExpectedVersion.check(expectedVersion, was.version(), "Budget " + was.id());
                    Budget changed = validated(new ArrayList<>(), () -> was.change(patch.mergedInto(was), now.instant()));
                    return budgets.update(changed)
                            .call(saved -> events.record("budget.updated", ws.id(), saved.id(), caller,
                                    saved.updatedAt(), BudgetData.of(saved), BudgetData.of(was)))
                            .call(saved -> alerts.reassess(caller, ws.id(), saved.projectId()))
                            .map(saved -> new Shown(saved, current.project()));
                }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return projectAccess.workspaceToManageSome(access, caller, wsRef, Scope.BUDGETS_WRITE)
                .chain(ws -> visible(caller, ws.id(), id)
                .call(current -> projectAccess.requireManage(caller, current.project(), Scope.BUDGETS_WRITE))
                .chain(current -> {
                    Budget b = current.budget();
                    ExpectedVersion.check(expectedVersion, b.version(), "Budget " + b.id());
                    return budgets.delete(ws.id(), b.id(), b.version())
                            .call(() -> events.record("budget.deleted", ws.id(), b.id(), caller, now.instant(),
                                    BudgetData.of(b), null))
                            .replaceWith(b.id());
                }));
    }

    /**
     * The budgets of these projects (GraphQL's Project.budget) in one statement, those the caller may see: with
     * budgets:read where it may see the project's costs or manages the project; without it, those of the projects it
     * manages (ADR 0084), as REST's get. A caller holding neither is refused. A project without one, or whose budget
     * the caller may not see, is missing from the map.
     */
    public Uni<java.util.Map<UUID, Shown>> ofProjects(Caller caller, UUID workspaceId, java.util.Collection<Project> shown) {
        java.util.Map<UUID, Project> byId = new java.util.HashMap<>();
        shown.forEach(p -> byId.put(p.id(), p));
        return projectAccess.requireMayManageSome(caller, workspaceId, Scope.BUDGETS_READ)
                .chain(() -> projectAccess.sight(caller, workspaceId))
                .chain(sight -> budgets.ofProjects(workspaceId, byId.keySet()).map(found -> {
                    java.util.Map<UUID, Shown> out = new java.util.HashMap<>();
                    found.stream().filter(b -> sight.sees(b.projectId())
                                    && CostAccess.mayRead(caller, workspaceId, sight, byId.get(b.projectId()), b))
                            .forEach(b -> out.put(b.projectId(), new Shown(b, byId.get(b.projectId()))));
                    return out;
                }));
    }

    /**
     * The budget if it exists and the caller may see its project's costs, or manages its project (ADR 0084); else
     * BUDGET_NOT_FOUND. Costs narrow budgets:read; a caller without it is judged after, as its project's MANAGER
     * or not (403), once the project is known to be one it sees.
     */
    Uni<Shown> visible(Caller caller, UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Budget>empty()) : budgets.find(workspaceId, id))
                .chain(found -> found.isEmpty() ? Uni.createFrom().<List<Shown>>item(List.of())
                        : withProjects(workspaceId, new Page<>(List.of(found.get()), null)).map(Page::items))
                .chain(shown -> projectAccess.sight(caller, workspaceId).map(sight -> shown.stream()
                        .filter(s -> !caller.holds(workspaceId, Scope.BUDGETS_READ)
                                || CostAccess.mayRead(caller, workspaceId, sight, s.project(), s.budget()))))
                .map(shown -> shown.findFirst()
                        .orElseThrow(() -> DomainException.notFound(ErrorCode.BUDGET_NOT_FOUND, "Budget",
                                String.valueOf(ref))))
                .call(s -> projectAccess.requireSees(caller, workspaceId, s.project().id(), ErrorCode.BUDGET_NOT_FOUND,
                        "Budget", String.valueOf(ref)));
    }

    /** Each budget with its project, in one statement. */
    Uni<Page<Shown>> withProjects(UUID workspaceId, Page<Budget> page) {
        if (page.items().isEmpty()) {
            return Uni.createFrom().item(new Page<>(List.of(), page.nextCursor()));
        }
        return projects.byIds(workspaceId, page.items().stream().map(Budget::projectId).toList()).map(found ->
                page.map(b -> new Shown(b, found.stream().filter(p -> p.id().equals(b.projectId())).findFirst()
                        .orElseThrow())));
    }

    private Uni<Optional<Project>> project(UUID workspaceId, String ref) {
        return ref == null ? Uni.createFrom().item(Optional.empty()) : projects.find(workspaceId, ref);
    }

    /** Runs a domain check, refusing its problems together with those found before. */
    static <T> T validated(List<FieldError> errors, java.util.function.Supplier<T> check) {
        try {
            T result = check.get();
            if (errors.isEmpty()) {
                return result;
            }
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED) {
                throw e;
            }
            errors.addAll(e.errors());
        }
        throw DomainException.validation(errors);
    }
}

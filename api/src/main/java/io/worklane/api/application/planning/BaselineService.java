package io.worklane.api.application.planning;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.PlanningConfig;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.planning.Baseline;
import io.worklane.domain.planning.BaselineVariance;
import io.worklane.domain.planning.Baselines;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * A project's baselines: taken and deleted with {@code projects:write}, read and compared with
 * {@code projects:read}. BAC figures show only to callers who may see the project's costs.
 */
@ApplicationScoped
public class BaselineService {
    private final Baselines baselines;
    private final Projects projects;
    private final PlanSnapshots snapshots;
    private final PlanningConfig config;
    private final Access access;
    private final Events events;
    private final Now now;
    private final ProjectAccess projectAccess;

    public BaselineService(Baselines baselines, Projects projects, PlanSnapshots snapshots, PlanningConfig config,
                           Access access, Events events, Now now, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.baselines = baselines;
        this.projects = projects;
        this.snapshots = snapshots;
        this.config = config;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    /** A baseline and the project it is of. */
    public record Shown(Baseline baseline, Project project) {
    }

    /** Takes the project's plan as it stands; the limit is counted under the project's baseline lock. */
    @WithTransaction
    public Uni<Shown> take(Caller caller, String wsRef, String projectRef, String name) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE)
                .chain(p -> baselines.lockAndCount(p.workspaceId(), p.id()).invoke(this::checkLimit)
                        .chain(() -> snapshots.of(p))
                        .map(s -> Baseline.take(p.workspaceId(), p.id(), name, s.schedule(), s.items(), s.bac(),
                                s.budgetVisibleToMembers(), caller.name(), now.instant()))
                        .chain(baselines::insert)
                        .call(b -> events.record("baseline.created", b.workspaceId(), b.id(), caller, b.createdAt(),
                                BaselineData.of(b, p), null))
                        .map(b -> shown(caller, b, p)));
    }

    public Uni<List<Shown>> list(Caller caller, String wsRef, String projectRef) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ)
                .chain(p -> baselines.ofProjects(p.workspaceId(), List.of(p.id()))
                        .map(all -> all.stream().map(b -> shown(caller, b, p)).toList()));
    }

    public Uni<Shown> get(Caller caller, String wsRef, String projectRef, String id) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ)
                .chain(p -> find(p, id).map(b -> shown(caller, b, p)));
    }

    /** The current plan against the baseline, on today's schedule and calendar. */
    public Uni<BaselineVariance> variance(Caller caller, String wsRef, String projectRef, String id) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ)
                .chain(p -> find(p, id).chain(b -> snapshots.of(p).map(s -> {
                    boolean costs = BaselineData.maySeeCosts(caller, p, b.budgetVisibleToMembers())
                            && BaselineData.maySeeCosts(caller, p, s.budgetVisibleToMembers());
                    return BaselineVariance.of(costs ? b : b.withoutBac(), s.items(), s.schedule().earliestFinish(),
                            costs ? s.bac() : null, s.calendar());
                })));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String projectRef, String id, Long expected) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE).chain(p -> find(p, id).chain(b -> {
            ExpectedVersion.check(expected, b.version(), "Baseline " + b.name());
            return baselines.delete(b.workspaceId(), b.id(), b.version())
                    .call(() -> events.record("baseline.deleted", b.workspaceId(), b.id(), caller, now.instant(),
                            BaselineData.of(b, p), null))
                    .replaceWith(b.id());
        }));
    }

    /** The baselines of these projects (GraphQL's Project.baselines), in one statement; scope checked by the caller. */
    public Uni<List<Shown>> ofProjects(Caller caller, UUID workspaceId, List<Project> shown) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        var byId = shown.stream().collect(java.util.stream.Collectors.toMap(Project::id, p -> p, (a, b) -> a));
        return baselines.ofProjects(workspaceId, byId.keySet())
                .map(all -> all.stream().map(b -> shown(caller, b, byId.get(b.projectId()))).toList());
    }

    private void checkLimit(long count) {
        if (count >= config.baselineLimit()) {
            throw new DomainException(ErrorCode.BASELINE_LIMIT, "The project has " + count + " baselines, the most it"
                    + " may keep (" + config.baselineLimit() + "): delete one to take another.");
        }
    }

    private Uni<Baseline> find(Project project, String ref) {
        UUID id = io.worklane.domain.shared.Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(java.util.Optional.<Baseline>empty())
                : baselines.find(project.workspaceId(), id))
                .map(found -> found.filter(b -> b.projectId().equals(project.id())).orElseThrow(() ->
                        DomainException.notFound(ErrorCode.BASELINE_NOT_FOUND, "Baseline of " + project.key(), ref)));
    }

    private static Shown shown(Caller caller, Baseline b, Project p) {
        return new Shown(BaselineData.maySeeCosts(caller, p, b.budgetVisibleToMembers()) ? b : b.withoutBac(), p);
    }

    private Uni<Project> project(Caller caller, String wsRef, String projectRef, Scope scope) {
        // changing them is managing the project: projects:write, or the project's MANAGER (ADR 0084)
        return projectAccess.loadFor(access, caller, wsRef, projectRef, scope);
    }
}

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
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.planning.Phase;
import io.worklane.domain.planning.Phases;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A project's phases: project structure, written with {@code projects:write}, read with {@code projects:read}. */
@ApplicationScoped
public class PhaseService {
    private final Phases phases;
    private final Projects projects;
    private final Access access;
    private final Events events;
    private final Now now;
    private final ProjectAccess projectAccess;

    public PhaseService(Phases phases, Projects projects, Access access, Events events, Now now,
                        ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.phases = phases;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    /** A new phase; without a position it comes last. */
    public record Draft(String name, Integer position, LocalDate startDate, LocalDate endDate) {
    }

    /** A merge patch of a phase: absent fields stay, null dates are cleared. */
    public record Patch(Change<String> name, Change<Integer> position, Change<LocalDate> startDate,
                        Change<LocalDate> endDate) {
    }

    @WithTransaction
    public Uni<Phase> create(Caller caller, String wsRef, String projectRef, Draft d) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE)
                .chain(p -> phases.ofProject(p.workspaceId(), p.id()).map(existing -> Phase.create(p.workspaceId(),
                        p.id(), d.name(), d.position() == null ? existing.size() : d.position(), d.startDate(),
                        d.endDate(), now.instant())))
                .call(draft -> phases.makeRoom(draft.workspaceId(), draft.projectId(), draft.position()))
                .chain(phases::insert)
                .call(saved -> events.record("phase.created", saved.workspaceId(), saved.id(), caller,
                        saved.createdAt(), data(saved), null));
    }

    public Uni<List<Phase>> list(Caller caller, String wsRef, String projectRef) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ)
                .chain(p -> phases.ofProject(p.workspaceId(), p.id()));
    }

    @WithTransaction
    public Uni<Phase> update(Caller caller, String wsRef, String projectRef, String phaseRef, Long expected, Patch p) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE).chain(project -> find(project, phaseRef))
                .chain(current -> {
                    ExpectedVersion.check(expected, current.version(), "Phase " + current.name());
                    Phase changed = current.change(p.name().present() ? p.name().value() : null,
                            p.position().present() ? p.position().value() : null, p.startDate().or(current.startDate()),
                            p.endDate().or(current.endDate()), now.instant());
                    return phases.update(changed)
                            .call(saved -> events.record("phase.updated", saved.workspaceId(), saved.id(), caller,
                                    saved.updatedAt(), data(saved), data(current)));
                });
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String projectRef, String phaseRef, Long expected) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE).chain(project -> find(project, phaseRef))
                .chain(current -> {
                    ExpectedVersion.check(expected, current.version(), "Phase " + current.name());
                    return phases.delete(current.workspaceId(), current.id(), current.version())
                            .call(() -> events.record("phase.deleted", current.workspaceId(), current.id(), caller,
                                    now.instant(), data(current), null))
                            .replaceWith(current.id());
                });
    }

    /** A phase of the project, else PHASE_NOT_FOUND (another project's phase too). */
    public Uni<Phase> find(Project project, String phaseRef) {
        UUID id = Ids.parseOrNull(phaseRef);
        return (id == null ? Uni.createFrom().item(java.util.Optional.<Phase>empty())
                : phases.find(project.workspaceId(), id))
                .map(found -> found.filter(p -> p.projectId().equals(project.id())).orElseThrow(() ->
                        DomainException.notFound(ErrorCode.PHASE_NOT_FOUND, "Phase of " + project.key(), phaseRef)));
    }

    private Uni<Project> project(Caller caller, String wsRef, String projectRef, Scope scope) {
        // changing them is managing the project: projects:write, or the project's MANAGER (ADR 0084)
        return projectAccess.loadFor(access, caller, wsRef, projectRef, scope);
    }

    static Map<String, Object> data(Phase p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().toString());
        m.put("projectId", p.projectId().toString());
        m.put("name", p.name());
        m.put("position", p.position());
        m.put("startDate", p.startDate() == null ? null : p.startDate().toString());
        m.put("endDate", p.endDate() == null ? null : p.endDate().toString());
        m.put("version", p.version());
        return m;
    }
}

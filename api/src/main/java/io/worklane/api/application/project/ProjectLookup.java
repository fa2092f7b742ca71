package io.worklane.api.application.project;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workspace.Workspace;

/** Finds a project of a workspace by id or key, or refuses with PROJECT_NOT_FOUND. */
public final class ProjectLookup {
    private ProjectLookup() {
    }

    public static Uni<Project> load(Projects projects, Workspace ws, String ref) {
        return projects.find(ws.id(), ref).map(p -> p.orElseThrow(
                () -> DomainException.notFound(ErrorCode.PROJECT_NOT_FOUND, "Project", ref)));
    }

    /** The project, if the caller sees it: a private project it is no member of is 404 (ADR 0084). */
    public static Uni<Project> load(Projects projects, io.worklane.api.application.shared.Caller caller, Workspace ws,
                                    String ref) {
        return ProjectAccess.current().load(caller, ws, ref);
    }

    /** The keys of the projects with these ids (nulls ignored), for representations that show them: one statement. */
    public static Uni<java.util.Map<java.util.UUID, String>> keys(Projects projects, java.util.UUID workspaceId,
                                                             java.util.stream.Stream<java.util.UUID> ids) {
        var distinct = ids.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        return distinct.isEmpty() ? Uni.createFrom().item(java.util.Map.of()) : projects.byIds(workspaceId, distinct)
                .map(found -> found.stream().collect(java.util.stream.Collectors.toMap(Project::id, Project::key)));
    }
}

package io.worklane.api.graphql.project;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.InputIds;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.project.ProjectChanges;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class ProjectMutations {
    private final ProjectService projects;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public ProjectMutations(ProjectService projects, IdempotentCreate idempotent, CurrentCaller caller) {
        this.projects = projects;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Description("Creates a project in the workspace, optionally from a template. Needs projects:write.")
    @Mutation("createProject")
    public Uni<ProjectPayload> createProject(@Name("input") @NonNull CreateProjectInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new ProjectService.Draft(in.key, in.name, in.description, in.kind, in.status,
                    InputIds.uuid(in.lead, "lead"), in.startDate, in.targetDate, in.template, in.visibility);
            return idempotent.run(who, in.idempotencyKey, "createProject", in,
                    () -> projects.create(who, in.workspace, draft),
                    p -> p.id().toString(), id -> projects.get(who, in.workspace, id));
        }).map(p -> new ProjectPayload(new Project(p)));
    }

    @Description("Changes a project: fields given are set, fields in clear are removed, the rest stay. Needs "
            + "projects:write.")
    @Mutation("updateProject")
    public Uni<ProjectPayload> updateProject(@Name("input") @NonNull UpdateProjectInput in) {
        return Uni.createFrom().deferred(() -> {
            var changes = new ProjectChanges(Changes.of(in.name),
                    Changes.of(in.description, in.clear, ProjectField.DESCRIPTION, "description"),
                    Changes.of(in.status),
                    Changes.of(InputIds.uuid(in.lead, "lead"), in.clear, ProjectField.LEAD, "lead"),
                    Changes.of(in.startDate, in.clear, ProjectField.START_DATE, "startDate"),
                    Changes.of(in.targetDate, in.clear, ProjectField.TARGET_DATE, "targetDate"))
                    .withVisibility(Changes.of(in.visibility));
            return projects.update(caller.get(), in.workspace, in.project, Changes.version(in.expectedVersion), changes);
        }).map(p -> new ProjectPayload(new Project(p)));
    }

    @Description("Deletes the project with its custom fields, work items and their comments; its key can then be "
            + "reused. Set status COMPLETED or CANCELLED instead to keep the history. Needs projects:write.")
    @Mutation("deleteProject")
    public Uni<DeletePayload> deleteProject(@Name("input") @NonNull DeleteProjectInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            // the use case checks the write scope before it looks the project up, as REST does
            return projects.delete(who, in.workspace, in.project, Changes.version(in.expectedVersion))
                    .map(id -> new DeletePayload(id.toString()));
        });
    }
}

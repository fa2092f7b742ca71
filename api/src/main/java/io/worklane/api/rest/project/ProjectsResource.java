package io.worklane.api.rest.project;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectService;
import io.worklane.api.application.workflow.ProjectWorkflowChange;
import io.worklane.api.application.workflow.ProjectWorkflows;
import io.worklane.domain.shared.Page;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectChanges;
import io.worklane.domain.project.ProjectFilter;
import io.worklane.domain.project.ProjectSort;
import io.worklane.domain.project.ProjectStatus;
import io.worklane.domain.project.ProjectVisibility;
import io.worklane.openapi.api.ProjectsApi;
import io.worklane.openapi.model.ProjectCreate;
import io.worklane.openapi.model.ProjectKind;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

@Authenticated
public class ProjectsResource implements ProjectsApi {
    private static final Set<String> PATCHABLE = Set.of("name", "description", "status", "leadId", "startDate",
            "targetDate", "visibility", "workflow", "workflowOverrides", "stateMapping");
    private final ProjectService service;
    private final ProjectWorkflows workflows;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public ProjectsResource(ProjectService service, ProjectWorkflows workflows, CurrentCaller caller,
                            RestResponses responses) {
        this.service = service;
        this.workflows = workflows;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createProject(String ws, ProjectCreate b, String idempotencyKey) {
        Caller c = caller.get();
        ProjectService.Draft draft = new ProjectService.Draft(b.getKey(), b.getName(), b.getDescription(),
                b.getKind() == null ? null : io.worklane.domain.project.ProjectKind.valueOf(b.getKind().name()),
                b.getStatus() == null ? null : ProjectStatus.valueOf(b.getStatus().name()), b.getLeadId(),
                b.getStartDate(), b.getTargetDate(), b.getTemplate() == null ? null : b.getTemplate().toString(),
                b.getVisibility() == null ? null : ProjectVisibility.valueOf(b.getVisibility().name()));
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects", b,
                () -> view(service.create(c, ws, draft)), ProjectDtos::of,
                v -> "/api/v1/workspaces/" + v.project().workspaceId() + "/projects/" + v.project().id());
    }

    @Override
    public CompletionStage<Response> getProject(String ws, String project) {
        return responses.ok(view(service.get(caller.get(), ws, project)), ProjectDtos::of, v -> v.project().version());
    }

    @Override
    public CompletionStage<Response> listProjects(String ws, ProjectKind kind,
                                                  io.worklane.openapi.model.ProjectStatus status, String sort,
                                                  Integer limit, String cursor) {
        ProjectSort order = ProjectSort.parse(sort);
        ProjectFilter filter = new ProjectFilter(
                kind == null ? null : io.worklane.domain.project.ProjectKind.valueOf(kind.name()),
                status == null ? null : ProjectStatus.valueOf(status.name()));
        return responses.list(service.list(caller.get(), ws, filter, order, Pages.of(limit, cursor, order.token()))
                .chain(page -> workflows.of(page.items().isEmpty() ? null : page.items().get(0).workspaceId(),
                        page.items().stream().map(Project::id).toList()).map(byId -> new Page<>(page.items().stream()
                        .map(p -> new ProjectDtos.View(p, byId.get(p.id()))).toList(), page.nextCursor()))),
                ProjectDtos::of);
    }

    @Override
    public CompletionStage<Response> updateProject(String ws, String project, Map body, String ifMatch) {
        MergePatch patch = MergePatch.of(body, PATCHABLE);
        ProjectChanges changes = new ProjectChanges(patch.requiredText("name"), patch.text("description"),
                patch.enumValue("status", ProjectStatus.class), patch.uuid("leadId"), patch.date("startDate"),
                patch.date("targetDate")).withVisibility(patch.enumValue("visibility", ProjectVisibility.class));
        ProjectWorkflowChange workflow = ProjectWorkflowPatch.of(patch);
        patch.check();
        return responses.ok(view(service.update(caller.get(), ws, project, Versions.ifMatch(ifMatch), changes,
                workflow)), ProjectDtos::of, v -> v.project().version());
    }

    private Uni<ProjectDtos.View> view(Uni<Project> project) {
        return project.chain(p -> workflows.of(p.workspaceId(), p.id()).map(a -> new ProjectDtos.View(p, a)));
    }

    @Override
    public CompletionStage<Response> deleteProject(String ws, String project, String ifMatch) {
        return responses.noContent(service.delete(caller.get(), ws, project, Versions.ifMatch(ifMatch)).replaceWithVoid());
    }
}

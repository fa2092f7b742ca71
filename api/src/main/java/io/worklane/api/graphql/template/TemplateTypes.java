package io.worklane.api.graphql.template;

import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import io.worklane.domain.template.ProjectTemplate;
import io.worklane.domain.template.TemplateDocument;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Project templates over GraphQL: views, connection, payloads and inputs (the same shapes as REST). */
final class TemplateTypes {
    static final String SORT = "createdAt";

    private TemplateTypes() {
    }

    @Type("ProjectTemplate")
    @Description("A reusable project structure, built in or saved from a project (REST: …/project-templates).")
    public record TemplateView(@Id @NonNull @Description("The template's id: pass it as createProject's template.") String id,
                               @NonNull @Description("Its name, e.g. Product launch.") String name,
                               @Description("What it is for.") String description,
                               @Description("Shipped with the server: read-only, the same in every workspace.")
                               boolean builtIn,
                               @Id @Description("The project it was saved from (null for built-in ones, or once "
                                       + "deleted).") String sourceProjectId,
                               @Description("How many work items it makes.") int itemCount,
                               @Description("How many phases it makes.") int phaseCount,
                               @Description("How many of its items are milestones.") int milestoneCount,
                               @Description("How many dependencies it makes.") int dependencyCount,
                               @Description("From the start to the target date, in working days.") Integer durationDays,
                               @Description("Whether it brings budget lines (budgets:write to instantiate it).")
                               boolean hasBudget,
                               @NonNull @Description("When it was saved (built-in ones: 1970-01-01).") Instant createdAt,
                               @Description("Its version, for expectedVersion.") int version,
                               @Description("The structure, as REST's ProjectTemplateContent; only from "
                                       + "Workspace.projectTemplate, null in the connection (a list reads no contents).")
                               JsonValue content) {

        static TemplateView of(ProjectTemplate t) {
            return new TemplateView(t.id().toString(), t.name(), t.description(), t.builtIn(),
                    t.sourceProjectId() == null ? null : t.sourceProjectId().toString(), t.summary().items(),
                    t.summary().phases(), t.summary().milestones(), t.summary().dependencies(),
                    t.summary().durationDays(), t.summary().budget(), t.createdAt(), (int) t.version(),
                    t.content() == null ? null : JsonValues.toJson(TemplateDocument.toMap(t.content())));
        }
    }

    @Type("ProjectTemplateEdge")
    @Description("A template and its cursor.")
    public record TemplateEdge(@NonNull @Description("Pass as `after` to continue after this template.") String cursor,
                               @NonNull @Description("The template.") TemplateView node) {
    }

    @Type("ProjectTemplateConnection")
    @Description("Built-in templates first, then the workspace's saved ones, oldest first.")
    public record TemplateConnection(@NonNull @Description("The templates of this page.")
                                     List<@NonNull TemplateEdge> edges,
                                     @NonNull @Description("Where the page ends.") PageInfo pageInfo) {
        static TemplateConnection of(Page<ProjectTemplate> page) {
            return Paging.connection(page,
                    t -> Paging.cursor(SORT, Paging.timestamp(t.createdAt()), t.id()),
                    (cursor, t) -> new TemplateEdge(cursor, TemplateView.of(t)), TemplateConnection::new);
        }
    }

    @Type("ProjectTemplatePayload")
    @Description("What createProjectTemplate answers.")
    public record TemplatePayload(@NonNull @Description("The template saved.") TemplateView projectTemplate) {
    }

    @Input("CreateProjectTemplateInput")
    @Description("Saves a project's structure as a template, e.g. {workspace: \"acme\", fromProject: \"ENG\", "
            + "name: \"Engineering release\"}.")
    public static class CreateTemplate {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project to capture (key or id).")
        public String fromProject;
        @NonNull
        @Description("1 to 200 characters.")
        public String name;
        @Description("At most 2,000 characters.")
        public String description;
        @DefaultValue("false")
        @Description("Keep the budget's lines and thresholds (needs budgets:read and the right to see its costs).")
        public Boolean includeBudget;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("DeleteProjectTemplateInput")
    @Description("A saved template to delete (a built-in one is PROJECT_TEMPLATE_BUILT_IN).")
    public static class DeleteTemplate {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The template's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}

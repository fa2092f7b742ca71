package io.worklane.api.graphql.template;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.template.ProjectTemplateService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.template.TemplateTypes.TemplateConnection;
import io.worklane.api.graphql.template.TemplateTypes.TemplatePayload;
import io.worklane.api.graphql.template.TemplateTypes.TemplateView;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Project templates over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class ProjectTemplateApi {
    private final ProjectTemplateService templates;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public ProjectTemplateApi(ProjectTemplateService templates, IdempotentCreate idempotent, CurrentCaller caller) {
        this.templates = templates;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The templates the workspace may create projects from: built-in ones first, then its saved ones, "
            + "oldest first, without their content. Needs projects:read.")
    public Uni<TemplateConnection> projectTemplates(@Source Workspace workspace,
                                                    @Name("first") @DefaultValue("50") Integer first,
                                                    @Name("after") String after) {
        return Uni.createFrom().deferred(() -> templates.listIn(caller.get(), workspace.domain().id(),
                Paging.request(first, after, TemplateTypes.SORT))).map(TemplateConnection::of);
    }

    @Description("A built-in template or one of the workspace's, with its content; one that does not exist is the "
            + "error PROJECT_TEMPLATE_NOT_FOUND. Needs projects:read.")
    public Uni<TemplateView> projectTemplate(@Source Workspace workspace, @Name("id") @NonNull @Id String id) {
        return Uni.createFrom().deferred(() -> templates.get(caller.get(), workspace.domain().id().toString(), id))
                .map(TemplateView::of);
    }

    @Mutation("createProjectTemplate")
    @Description("Saves a project's structure as a template. Needs projects:write (and budgets:read with "
            + "includeBudget).")
    public Uni<TemplatePayload> createProjectTemplate(@Name("input") @NonNull TemplateTypes.CreateTemplate in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new ProjectTemplateService.Draft(in.fromProject, in.name, in.description,
                    Boolean.TRUE.equals(in.includeBudget));
            return idempotent.run(who, in.idempotencyKey, "createProjectTemplate", in,
                    () -> templates.save(who, in.workspace, draft), t -> t.id().toString(),
                    id -> templates.get(who, in.workspace, id));
        }).map(t -> new TemplatePayload(TemplateView.of(t.withoutContent())));
    }

    @Mutation("deleteProjectTemplate")
    @Description("Deletes a saved template; projects made from it stay. Needs projects:write.")
    public Uni<DeletePayload> deleteProjectTemplate(@Name("input") @NonNull TemplateTypes.DeleteTemplate in) {
        return Uni.createFrom().deferred(() -> templates.delete(caller.get(), in.workspace, in.id,
                        Changes.version(in.expectedVersion)))
                .map(id -> new DeletePayload(id.toString()));
    }
}

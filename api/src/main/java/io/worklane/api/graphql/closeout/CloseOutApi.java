package io.worklane.api.graphql.closeout;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.closeout.CloseOutService;
import io.worklane.api.graphql.closeout.CloseOutTypes.Payload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.project.ProjectStatus;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Close-out over GraphQL: the same use case and refusals as REST. */
@GraphQLApi
@Authenticated
public class CloseOutApi {
    private final CloseOutService closeOut;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public CloseOutApi(CloseOutService closeOut, IdempotentCreate idempotent, CurrentCaller caller) {
        this.closeOut = closeOut;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The lessons learned of the workspace's closed projects, newest first, optionally of one project. "
            + "Needs projects:read.")
    public Uni<CloseOutTypes.Connection> lessons(@Source Workspace workspace, @Name("project") String project,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> closeOut.lessons(caller.get(), workspace.getId(), project,
                Paging.request(first, after, CloseOutTypes.SORT))).map(CloseOutTypes.Connection::of);
    }

    @Mutation("closeProject")
    @Description("Closes a project (PROJECT_NOT_READY_TO_CLOSE with every reason while items are open or the final "
            + "status report is unpublished, unless a workspace OWNER or ADMIN forces it). Needs projects:write.")
    public Uni<Payload> closeProject(@Name("input") @NonNull CloseOutTypes.Close in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var request = new CloseOutService.Request(in.outcome, in.lessonsLearned, in.status == null ? null
                    : ProjectStatus.valueOf(in.status.name()), Boolean.TRUE.equals(in.force));
            return idempotent.run(who, in.idempotencyKey, "closeProject", in,
                    () -> closeOut.close(who, in.workspace, in.project, request).map(c -> new Payload(
                            CloseOutTypes.View.of(c))), p -> p.closure().id(),
                    id -> closeOut.lessons(who, in.workspace, in.project, new io.worklane.domain.shared.PageRequest(
                            io.worklane.domain.shared.PageRequest.MAX_LIMIT, null)).map(page -> page.items().stream()
                            .filter(c -> c.id().toString().equals(id)).findFirst().map(c -> new Payload(
                                    CloseOutTypes.View.of(c))).orElseThrow()));
        });
    }
}

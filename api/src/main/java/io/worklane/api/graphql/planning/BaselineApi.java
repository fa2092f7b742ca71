package io.worklane.api.graphql.planning;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.planning.BaselineService;
import io.worklane.api.graphql.planning.BaselineTypes.BaselinePayload;
import io.worklane.api.graphql.planning.BaselineTypes.BaselineView;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Baselines over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class BaselineApi {
    private final BaselineService baselines;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public BaselineApi(BaselineService baselines, IdempotentCreate idempotent, CurrentCaller caller) {
        this.baselines = baselines;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The project's baselines, oldest first (at most the baseline limit, so not paged): one statement "
            + "for a whole level of projects. Needs projects:read.")
    public Uni<List<@NonNull List<@NonNull BaselineView>>> baselines(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, List<BaselineService.Shown>>load(sources, p -> p.domain().workspaceId(),
                    p -> List.of(p.domain().id()), (ws, ids) -> baselines.ofProjects(who, ws,
                                    sources.stream().map(Project::domain).filter(p -> ids.contains(p.id())).toList())
                            .map(found -> found.stream().collect(Collectors.groupingBy(s -> s.project().id()))));
        }).map(found -> sources.stream().map(p -> found.getOrDefault(p.domain().id(), List.of()).stream()
                .map(s -> BaselineView.of(s.baseline())).toList()).toList());
    }

    @NonNull
    @Description("The project's current plan against one of its baselines (BASELINE_NOT_FOUND). Needs projects:read.")
    public Uni<BaselineTypes.VarianceView> baselineVariance(@Source Project project,
                                                            @Name("baseline") @NonNull @Id String baseline) {
        return Uni.createFrom().deferred(() -> baselines.variance(caller.get(), project.domain().workspaceId()
                        .toString(), project.domain().id().toString(), baseline))
                .map(BaselineTypes.VarianceView::of);
    }

    @Mutation("createBaseline")
    @Description("Saves the project's plan as a baseline (BASELINE_LIMIT past the project's limit). Needs "
            + "projects:write.")
    public Uni<BaselinePayload> createBaseline(@Name("input") @NonNull BaselineTypes.CreateBaseline in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, in.idempotencyKey, "createBaseline", in,
                    () -> baselines.take(who, in.workspace, in.project, in.name)
                            .map(s -> new BaselinePayload(BaselineView.of(s.baseline()))),
                    p -> p.baseline().id(), id -> baselines.get(who, in.workspace, in.project, id)
                            .map(s -> new BaselinePayload(BaselineView.of(s.baseline()))));
        });
    }

    @Mutation("deleteBaseline")
    @Description("Deletes a baseline of the project. Needs projects:write.")
    public Uni<DeletePayload> deleteBaseline(@Name("input") @NonNull BaselineTypes.DeleteBaseline in) {
        return Uni.createFrom().deferred(() -> baselines.delete(caller.get(), in.workspace, in.project, in.id,
                        Changes.version(in.expectedVersion)))
                .map(id -> new DeletePayload(id.toString()));
    }
}

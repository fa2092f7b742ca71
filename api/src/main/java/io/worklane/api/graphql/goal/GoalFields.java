package io.worklane.api.graphql.goal;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.goal.GoalQueries;
import io.worklane.api.application.goal.ShownGoal;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.graphql.portfolio.PortfolioView;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.goal.Goal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Workspace.goals and .goal, Project.goals and Portfolio.goals: each level in one batch (the links in one
 * statement, then the goals' progress in the same few statements whatever their number).
 */
@GraphQLApi
@Authenticated
public class GoalFields {
    private final GoalQueries queries;
    private final CurrentCaller caller;

    public GoalFields(GoalQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's goals with their progress, oldest first; only the children of parent when given. "
            + "asOf: progress as it stood at the end of that day (UTC). Needs projects:read.")
    public Uni<GoalTypes.Connection> goals(@Source Workspace workspace, @Name("parent") @Id String parent,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after,
            @Name("asOf") java.time.LocalDate asOf) {
        return Uni.createFrom().deferred(() -> queries.showList(caller.get(), workspace.getId(), parent,
                Paging.request(first, after, GoalTypes.SORT), asOf)).map(GoalTypes.Connection::of);
    }

    @Description("A goal of the workspace (GOAL_NOT_FOUND when there is none); asOf: its progress as it stood at the "
            + "end of that day (UTC). Needs projects:read.")
    public Uni<GoalView> goal(@Source Workspace workspace, @Name("id") @Id @NonNull String id,
                              @Name("asOf") java.time.LocalDate asOf) {
        return Uni.createFrom().deferred(() -> queries.show(caller.get(), workspace.getId(), id, asOf))
                .map(GoalView::new);
    }

    @NonNull
    @Description("The goals the project serves, oldest first. Needs projects:read.")
    public Uni<List<@NonNull List<@NonNull GoalView>>> goals(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            Caller who = caller.get();
            return linked(sources, p -> p.domain().workspaceId(), p -> p.domain().id(),
                    (ws, ids) -> queries.ofProjects(who, ws, ids));
        });
    }

    @NonNull
    @Description("The goals the portfolio serves, oldest first. Needs projects:read.")
    @Name("goals")
    public Uni<List<@NonNull List<@NonNull GoalView>>> goalsOfPortfolios(@Source List<PortfolioView> sources) {
        return Uni.createFrom().deferred(() -> {
            Caller who = caller.get();
            return linked(sources, p -> p.domain().portfolio().workspaceId(), p -> p.domain().portfolio().id(),
                    (ws, ids) -> queries.ofPortfolios(who, ws, ids));
        });
    }

    /** The links of all sources in one statement per workspace, then all their goals shown at once. */
    private <S> Uni<List<List<GoalView>>> linked(List<S> sources, Function<S, UUID> workspaceOf,
            Function<S, UUID> idOf, java.util.function.BiFunction<UUID, java.util.Set<UUID>, Uni<Map<UUID, List<Goal>>>> load) {
        var who = caller.get();
        return Batches.<S, UUID, List<Goal>>load(sources, workspaceOf, s -> List.of(idOf.apply(s)), load)
                .chain(found -> {
                    List<Goal> all = found.values().stream().flatMap(List::stream).distinct().toList();
                    return queries.shown(who, all).map(shown -> {
                        Map<UUID, GoalView> views = new HashMap<>();
                        shown.forEach((ShownGoal g) -> views.put(g.goal().id(), new GoalView(g)));
                        return sources.stream().map(s -> found.getOrDefault(idOf.apply(s), List.of()).stream()
                                .map(g -> views.get(g.id())).toList()).toList();
                    });
                });
    }
}

package io.worklane.api.graphql.planning;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.graphql.planning.PlanningTypes.PhaseView;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.planning.Phase;
import io.worklane.domain.planning.Phases;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Project.phases: one statement for a whole level of projects, per workspace. */
@GraphQLApi
@Authenticated
public class ProjectPhases {
    private final Phases phases;
    private final CurrentCaller caller;

    public ProjectPhases(Phases phases, CurrentCaller caller) {
        this.phases = phases;
        this.caller = caller;
    }

    @NonNull
    @Description("The project's phases in order. Needs projects:read.")
    public Uni<List<@NonNull List<@NonNull PhaseView>>> phases(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, List<Phase>>load(sources, p -> p.domain().workspaceId(),
                    p -> List.of(p.domain().id()), (ws, ids) -> {
                        Access.require(who, ws, Scope.PROJECTS_READ);
                        return phases.ofProjects(ws, ids).map(found -> found.stream()
                                .collect(Collectors.groupingBy(Phase::projectId)));
                    });
        }).map(found -> sources.stream().map(p -> found.getOrDefault(p.domain().id(), List.of()).stream()
                .map(PhaseView::of).toList()).toList());
    }
}

package io.worklane.api.graphql.activity;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workitem.ActivityBatches;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.security.CurrentCaller;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** The cycle time of projects: the projects of one level cost one statement per workspace. */
@GraphQLApi
@Authenticated
public class ProjectCycleTime {
    private final ActivityBatches batches;
    private final CurrentCaller caller;

    public ProjectCycleTime(ActivityBatches batches, CurrentCaller caller) {
        this.batches = batches;
        this.caller = caller;
    }

    @Description("How long the project's completed work items took. Needs projects:read.")
    public Uni<List<CycleTime>> cycleTime(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.<Project, UUID, io.worklane.domain.activity.CycleTime>load(sources,
                    p -> p.domain().workspaceId(), p -> List.of(p.domain().id()),
                    (ws, ids) -> batches.cycleTimes(who, ws, ids));
        }).map(found -> sources.stream().map(p -> CycleTime.of(found.getOrDefault(p.domain().id(),
                io.worklane.domain.activity.CycleTime.NONE))).toList());
    }
}

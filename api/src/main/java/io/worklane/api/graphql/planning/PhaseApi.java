package io.worklane.api.graphql.planning;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.planning.PhaseService;
import io.worklane.api.application.planning.ScheduleService;
import io.worklane.api.graphql.planning.PhaseTypes.PhasePayload;
import io.worklane.api.graphql.planning.PlanningTypes.PhaseView;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Phases' mutations and Project.milestones over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class PhaseApi {
    private final PhaseService phases;
    private final ScheduleService schedules;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public PhaseApi(PhaseService phases, ScheduleService schedules, IdempotentCreate idempotent, CurrentCaller caller) {
        this.phases = phases;
        this.schedules = schedules;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The project's MILESTONE items against its schedule, oldest first: the schedule's statements, as "
            + "Project.schedule. Needs work_items:read.")
    public Uni<List<PhaseTypes.@NonNull MilestoneView>> milestones(@Source Project project) {
        return Uni.createFrom().deferred(() -> schedules.milestones(caller.get(), project.domain()))
                .map(PhaseTypes.MilestoneView::of);
    }

    @Mutation("createPhase")
    @Description("Adds a phase to a project (VALIDATION_FAILED when endDate is before startDate). Needs projects:write.")
    public Uni<PhasePayload> createPhase(@Name("input") @NonNull PhaseTypes.CreatePhase in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new PhaseService.Draft(in.name, in.position, in.startDate, in.endDate);
            return idempotent.run(who, in.idempotencyKey, "createPhase", in,
                    () -> phases.create(who, in.workspace, in.project, draft).map(p -> new PhasePayload(PhaseView.of(p))),
                    p -> p.phase().id(), id -> phases.list(who, in.workspace, in.project)
                            .map(all -> all.stream().filter(p -> p.id().toString().equals(id)).findFirst()
                                    .map(p -> new PhasePayload(PhaseView.of(p)))
                                    .orElseThrow(() -> DomainException.notFound(ErrorCode.PHASE_NOT_FOUND, "Phase", id))));
        });
    }

    @Mutation("updatePhase")
    @Description("Renames, reorders or re-dates a phase. Needs projects:write.")
    public Uni<PhasePayload> updatePhase(@Name("input") @NonNull PhaseTypes.UpdatePhase in) {
        return Uni.createFrom().deferred(() -> {
            var patch = new PhaseService.Patch(Changes.of(in.name), Changes.of(in.position),
                    Changes.of(in.startDate, in.clear, PhaseTypes.Field.START_DATE, "startDate"),
                    Changes.of(in.endDate, in.clear, PhaseTypes.Field.END_DATE, "endDate"));
            return phases.update(caller.get(), in.workspace, in.project, in.id, Changes.version(in.expectedVersion),
                    patch);
        }).map(p -> new PhasePayload(PhaseView.of(p)));
    }

    @Mutation("deletePhase")
    @Description("Deletes a phase; its items stay, without a phase. Needs projects:write.")
    public Uni<DeletePayload> deletePhase(@Name("input") @NonNull PhaseTypes.DeletePhase in) {
        return Uni.createFrom().deferred(() -> phases.delete(caller.get(), in.workspace, in.project, in.id,
                        Changes.version(in.expectedVersion)))
                .map(id -> new DeletePayload(id.toString()));
    }
}

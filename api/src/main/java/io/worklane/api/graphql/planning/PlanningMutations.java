package io.worklane.api.graphql.planning;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.planning.DependencyService;
import io.worklane.api.application.planning.LinkService;
import io.worklane.api.application.planning.ScheduleService;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.planning.LinkType;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Dependencies, links and schedules over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class PlanningMutations {
    private final DependencyService dependencies;
    private final LinkService links;
    private final ScheduleService schedules;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public PlanningMutations(DependencyService dependencies, LinkService links, ScheduleService schedules,
                             IdempotentCreate idempotent, CurrentCaller caller) {
        this.dependencies = dependencies;
        this.links = links;
        this.schedules = schedules;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The project's critical-path schedule on the workspace's working calendar (docs/scheduling.md): "
            + "a constant number of statements however many items. Needs work_items:read.")
    public Uni<PlanningTypes.ScheduleView> schedule(@Source Project project) {
        return Uni.createFrom().deferred(() -> schedules.of(caller.get(), project.domain()))
                .map(PlanningTypes.ScheduleView::of);
    }

    @Mutation("createDependency")
    @Description("workItem waits for predecessor (DEPENDENCY_SELF, DEPENDENCY_EXISTS, DEPENDENCY_CYCLE with "
            + "extensions.cycle). Needs work_items:write.")
    public Uni<PlanningTypes.DependencyPayload> createDependency(
            @Name("input") @NonNull PlanningInputs.CreateDependency in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new DependencyService.Draft(in.predecessor,
                    in.type == null ? null : DependencyType.valueOf(in.type.name()), in.lagDays);
            return idempotent.run(who, in.idempotencyKey, "createDependency", in,
                    () -> dependencies.add(who, in.workspace, in.workItem, draft)
                            .map(s -> new PlanningTypes.DependencyPayload(PlanningTypes.DependencyView.of(s))),
                    p -> p.dependency().id(), id -> dependencies.list(who, in.workspace, in.workItem)
                            .map(d -> d.predecessors().stream().filter(x -> x.dependency().id().toString().equals(id))
                                    .findFirst().map(x -> new PlanningTypes.DependencyPayload(PlanningTypes
                                            .DependencyView.of(x.dependency(), x.other(), d.item())))
                                    .orElseThrow(() -> DomainException.notFound(ErrorCode.DEPENDENCY_NOT_FOUND,
                                            "Dependency", id))));
        });
    }

    @Mutation("deleteDependency")
    @Description("Removes a dependency of workItem (either end). Needs work_items:write.")
    public Uni<DeletePayload> deleteDependency(@Name("input") @NonNull PlanningInputs.DeleteDependency in) {
        return Uni.createFrom().deferred(() -> dependencies.remove(caller.get(), in.workspace, in.workItem, in.id))
                .map(id -> new DeletePayload(id.toString()));
    }

    @Mutation("createLink")
    @Description("Links workItem to target (LINK_SELF, LINK_EXISTS). Needs work_items:write.")
    public Uni<PlanningTypes.LinkPayload> createLink(@Name("input") @NonNull PlanningInputs.CreateLink in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            LinkType type = in.type == null ? null : LinkType.valueOf(in.type.name());
            return idempotent.run(who, in.idempotencyKey, "createLink", in,
                    () -> links.add(who, in.workspace, in.workItem, in.target, type)
                            .map(l -> new PlanningTypes.LinkPayload(PlanningTypes.LinkView.of(l))),
                    p -> p.link().id(), id -> links.list(who, in.workspace, in.workItem)
                            .map(all -> all.stream().filter(l -> l.link().id().toString().equals(id)).findFirst()
                                    .map(l -> new PlanningTypes.LinkPayload(PlanningTypes.LinkView.of(l)))
                                    .orElseThrow(() -> DomainException.notFound(ErrorCode.LINK_NOT_FOUND, "Link", id))));
        });
    }

    @Mutation("deleteLink")
    @Description("Removes a link from or to workItem. Needs work_items:write.")
    public Uni<DeletePayload> deleteLink(@Name("input") @NonNull PlanningInputs.DeleteLink in) {
        return Uni.createFrom().deferred(() -> links.remove(caller.get(), in.workspace, in.workItem, in.id))
                .map(id -> new DeletePayload(id.toString()));
    }

    @Mutation("applySchedule")
    @Description("Moves the project's items that their dependencies hold back to their early dates, in one "
            + "transaction (dryRun: only answers the changes). Needs work_items:write.")
    public Uni<PlanningTypes.ApplyPayload> applySchedule(@Name("input") @NonNull PlanningInputs.ApplySchedule in) {
        return Uni.createFrom().deferred(() -> schedules.apply(caller.get(), in.workspace, in.project,
                        Boolean.TRUE.equals(in.dryRun)))
                .map(a -> new PlanningTypes.ApplyPayload(a.dryRun(), a.changes().stream()
                        .map(PlanningTypes.DateChangeView::of).toList()));
    }
}

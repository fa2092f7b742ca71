package io.worklane.api.graphql.goal;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.goal.GoalDraft;
import io.worklane.api.application.goal.GoalPatch;
import io.worklane.api.application.goal.GoalQueries;
import io.worklane.api.application.goal.GoalService;
import io.worklane.api.graphql.goal.GoalInputs.Field;
import io.worklane.api.graphql.goal.GoalTypes.Payload;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.GoalStatus;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Goal mutations over GraphQL: the same use cases and refusals as REST; answers read after the transaction. */
@GraphQLApi
@Authenticated
public class GoalApi {
    private final GoalService goals;
    private final GoalQueries queries;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public GoalApi(GoalService goals, GoalQueries queries, IdempotentCreate idempotent, CurrentCaller caller) {
        this.goals = goals;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("createGoal")
    @Description("Creates a goal (GOAL_TOO_DEEP past 5 levels). Needs projects:write.")
    public Uni<Payload> createGoal(@Name("input") @NonNull GoalInputs.CreateGoal in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new GoalDraft(in.title, in.description, uuid(in.owner, "owner"), in.periodStart, in.periodEnd,
                    in.parent, in.status == null ? null : GoalStatus.valueOf(in.status.name()));
            return idempotent.run(who, in.idempotencyKey, "createGoal", in,
                    () -> payload(goals.create(who, in.workspace, draft)), p -> p.goal().getId(),
                    id -> queries.show(who, in.workspace, id).map(g -> new Payload(new GoalView(g))));
        });
    }

    @Mutation("updateGoal")
    @Description("Changes a goal; under itself or a descendant is GOAL_CYCLE. Needs projects:write.")
    public Uni<Payload> updateGoal(@Name("input") @NonNull GoalInputs.UpdateGoal in) {
        return Uni.createFrom().deferred(() -> {
            var patch = new GoalPatch(Changes.of(in.title),
                    Changes.of(in.description, in.clear, Field.DESCRIPTION, "description"),
                    Changes.of(in.owner, in.clear, Field.OWNER, "owner").map(o -> uuid(o, "owner")),
                    Changes.of(in.periodStart), Changes.of(in.periodEnd),
                    Changes.of(in.parent, in.clear, Field.PARENT, "parent"),
                    Changes.of(in.status == null ? null : GoalStatus.valueOf(in.status.name())));
            return payload(goals.update(caller.get(), in.workspace, in.id, Changes.version(in.expectedVersion), patch));
        });
    }

    @Mutation("deleteGoal")
    @Description("Deletes a goal without child goals (GOAL_HAS_CHILDREN). Needs projects:write.")
    public Uni<DeletePayload> deleteGoal(@Name("input") @NonNull GoalInputs.DeleteGoal in) {
        return Uni.createFrom().deferred(() -> goals.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).map(id -> new DeletePayload(id.toString()));
    }

    @Mutation("linkGoalProject")
    @Description("Links a project that serves the goal (GOAL_FULL past 100). Needs projects:write.")
    public Uni<Payload> linkGoalProject(@Name("input") @NonNull GoalInputs.ProjectLink in) {
        return Uni.createFrom().deferred(() -> payload(goals.linkProject(caller.get(), in.workspace, in.goal,
                in.project, Changes.version(in.expectedVersion))));
    }

    @Mutation("unlinkGoalProject")
    @Description("Unlinks a project from the goal (GOAL_LINK_NOT_FOUND when it is not linked). Needs projects:write.")
    public Uni<Payload> unlinkGoalProject(@Name("input") @NonNull GoalInputs.ProjectLink in) {
        return Uni.createFrom().deferred(() -> payload(goals.unlinkProject(caller.get(), in.workspace, in.goal,
                in.project, Changes.version(in.expectedVersion))));
    }

    @Mutation("linkGoalPortfolio")
    @Description("Links a portfolio that serves the goal (GOAL_FULL past 100). Needs projects:write.")
    public Uni<Payload> linkGoalPortfolio(@Name("input") @NonNull GoalInputs.PortfolioLink in) {
        return Uni.createFrom().deferred(() -> payload(goals.linkPortfolio(caller.get(), in.workspace, in.goal,
                in.portfolio, Changes.version(in.expectedVersion))));
    }

    @Mutation("unlinkGoalPortfolio")
    @Description("Unlinks a portfolio from the goal (GOAL_LINK_NOT_FOUND when it is not linked). Needs "
            + "projects:write.")
    public Uni<Payload> unlinkGoalPortfolio(@Name("input") @NonNull GoalInputs.PortfolioLink in) {
        return Uni.createFrom().deferred(() -> payload(goals.unlinkPortfolio(caller.get(), in.workspace, in.goal,
                in.portfolio, Changes.version(in.expectedVersion))));
    }

    private Uni<Payload> payload(Uni<Goal> saved) {
        return saved.chain(g -> queries.shown(caller.get(), g)).map(g -> new Payload(new GoalView(g)));
    }

    static UUID uuid(String value, String field) {
        if (value == null) {
            return null;
        }
        UUID id = Ids.parseOrNull(value);
        if (id == null) {
            throw DomainException.validation(List.of(new FieldError(field, "INVALID_FORMAT", "must be a member id")));
        }
        return id;
    }
}

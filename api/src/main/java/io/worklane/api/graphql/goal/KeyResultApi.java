package io.worklane.api.graphql.goal;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.goal.KeyResultDraft;
import io.worklane.api.application.goal.KeyResultQueries;
import io.worklane.api.application.goal.KeyResultService;
import io.worklane.api.graphql.goal.GoalTypes.CheckInPayload;
import io.worklane.api.graphql.goal.GoalTypes.KeyResultPayload;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.goal.KeyResultKind;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Key result and check-in mutations over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class KeyResultApi {
    private final KeyResultService keyResults;
    private final KeyResultQueries queries;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public KeyResultApi(KeyResultService keyResults, KeyResultQueries queries, IdempotentCreate idempotent,
                        CurrentCaller caller) {
        this.keyResults = keyResults;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("createKeyResult")
    @Description("Adds a key result to a goal (GOAL_FULL past 25). Needs projects:write.")
    public Uni<KeyResultPayload> createKeyResult(@Name("input") @NonNull GoalInputs.CreateKeyResult in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new KeyResultDraft(in.title, in.kind == null ? null : KeyResultKind.valueOf(in.kind.name()), in.currency, decimal(in.start, "start"),
                    decimal(in.target, "target"), decimal(in.current, "current"));
            return idempotent.run(who, in.idempotencyKey, "createKeyResult", in,
                    () -> keyResults.add(who, in.workspace, in.goal, draft).chain(kr -> shown(in.workspace,
                            kr.id().toString())), p -> p.keyResult().getId(), id -> shown(in.workspace, id));
        });
    }

    @Mutation("updateKeyResult")
    @Description("Changes a key result's title, start or target. Needs projects:write.")
    public Uni<KeyResultPayload> updateKeyResult(@Name("input") @NonNull GoalInputs.UpdateKeyResult in) {
        return Uni.createFrom().deferred(() -> keyResults.update(caller.get(), in.workspace, in.id,
                        Changes.version(in.expectedVersion), in.title, decimal(in.start, "start"),
                        decimal(in.target, "target")))
                .chain(kr -> shown(in.workspace, kr.id().toString()));
    }

    @Mutation("deleteKeyResult")
    @Description("Deletes a key result and its check-ins. Needs projects:write.")
    public Uni<DeletePayload> deleteKeyResult(@Name("input") @NonNull GoalInputs.DeleteKeyResult in) {
        return Uni.createFrom().deferred(() -> keyResults.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).map(id -> new DeletePayload(id.toString()));
    }

    @Mutation("createCheckIn")
    @Description("Checks in a key result's current value: value (decimal string) for NUMBER, PERCENT and CURRENCY, "
            + "done for BOOLEAN (else INVALID_TYPE); WORK takes none (KEY_RESULT_DERIVED). Needs projects:write.")
    public Uni<CheckInPayload> createCheckIn(@Name("input") @NonNull GoalInputs.CreateCheckIn in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            if (in.value != null && in.done != null) {
                throw DomainException.validation(List.of(new FieldError("value", "INVALID_TYPE",
                        "give value (a number) or done (BOOLEAN), not both")));
            }
            Object value = in.done != null ? in.done : in.value;
            return idempotent.run(who, in.idempotencyKey, "createCheckIn", in,
                    () -> keyResults.checkIn(who, in.workspace, in.keyResult, value, in.note)
                            .chain(done -> queries.keyResult(who, in.workspace, in.keyResult).map(m ->
                                    new CheckInPayload(GoalTypes.CheckInView.of(done.checkIn()), new KeyResultView(m)))),
                    p -> p.checkIn().id(), id -> queries.checkIn(who, in.workspace, id).chain(c -> queries.keyResult(
                            who, in.workspace, c.keyResultId().toString()).map(m -> new CheckInPayload(
                            GoalTypes.CheckInView.of(c), new KeyResultView(m)))));
        });
    }

    private Uni<KeyResultPayload> shown(String ws, String id) {
        return queries.keyResult(caller.get(), ws, id).map(m -> new KeyResultPayload(new KeyResultView(m)));
    }

    private static BigDecimal decimal(String value, String field) {
        if (value == null) {
            return null;
        }
        if (!value.matches("-?[0-9]{1,15}(\\.[0-9]{1,4})?")) {
            throw DomainException.validation(List.of(new FieldError(field, "INVALID_FORMAT",
                    "must be a decimal string such as \"12.5\", not '" + value + "'")));
        }
        return new BigDecimal(value);
    }
}

package io.worklane.api.graphql.risk;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.risk.RiskDraft;
import io.worklane.api.application.risk.RiskPatch;
import io.worklane.api.application.risk.RiskQueries;
import io.worklane.api.application.risk.RiskRegister;
import io.worklane.api.application.risk.RiskService;
import io.worklane.api.graphql.risk.RiskTypes.Field;
import io.worklane.api.graphql.risk.RiskTypes.RiskPayload;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.risk.RiskResponse;
import io.worklane.domain.risk.RiskStatus;
import io.worklane.domain.shared.Change;
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

/** The risk register's mutations over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class RiskApi {
    private final RiskService risks;
    private final RiskQueries queries;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public RiskApi(RiskService risks, RiskQueries queries, IdempotentCreate idempotent, CurrentCaller caller) {
        this.risks = risks;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("createRisk")
    @Description("Registers a risk of a project (probability or impact outside 1–5 is VALIDATION_FAILED); runs the "
            + "RISK_EXPOSURE_REACHED rules it reaches. Needs projects:write or the project role MANAGER.")
    public Uni<RiskPayload> createRisk(@Name("input") @NonNull RiskInputs.CreateRisk in) {
        return create(in, RiskRegister.Ref.project(in.project), "createRisk", in);
    }

    /** Registers a risk in a project's or a portfolio's register (createPortfolioRisk shares it). */
    Uni<RiskPayload> create(RiskInputs.NewRisk in, RiskRegister.Ref register, String operation, Object asked) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new RiskDraft(in.title, in.description, in.category, in.probability, in.impact,
                    uuid(in.owner, "owner"), in.proximityDate, in.response == null ? null
                    : RiskResponse.valueOf(in.response.name()), in.mitigationPlan,
                    in.status == null ? null : RiskStatus.valueOf(in.status.name()), in.mitigationItems);
            return idempotent.run(who, in.idempotencyKey, operation, asked,
                    () -> risks.create(who, in.workspace, register, draft).map(r -> new RiskPayload(new RiskView(r))),
                    p -> p.risk().getId(), id -> queries.get(who, in.workspace, register, id)
                            .map(r -> new RiskPayload(new RiskView(r))));
        });
    }

    @Mutation("updateRisk")
    @Description("Changes a risk; CLOSED or OCCURRED closes it (risk.closed). Needs projects:write.")
    public Uni<RiskPayload> updateRisk(@Name("input") @NonNull RiskInputs.UpdateRisk in) {
        return update(in, RiskRegister.Ref.project(in.project));
    }

    /** Changes a risk of a project's or a portfolio's register (updatePortfolioRisk shares it). */
    Uni<RiskPayload> update(RiskInputs.RiskChanges in, RiskRegister.Ref register) {
        return Uni.createFrom().deferred(() -> {
            Change<String> owner = Changes.of(in.owner, in.clear, Field.OWNER, "owner");
            var patch = new RiskPatch(Changes.of(in.title),
                    Changes.of(in.description, in.clear, Field.DESCRIPTION, "description"),
                    Changes.of(in.category, in.clear, Field.CATEGORY, "category"), Changes.of(in.probability),
                    Changes.of(in.impact), owner.map(o -> uuid(o, "owner")),
                    Changes.of(in.proximityDate, in.clear, Field.PROXIMITY_DATE, "proximityDate"),
                    Changes.of(in.response, in.clear, Field.RESPONSE, "response")
                            .map(r -> r == null ? null : RiskResponse.valueOf(r.name())),
                    Changes.of(in.mitigationPlan, in.clear, Field.MITIGATION_PLAN, "mitigationPlan"),
                    Changes.of(in.status).map(s -> RiskStatus.valueOf(s.name())), Changes.of(in.mitigationItems));
            return risks.update(caller.get(), in.workspace, register, in.id, Changes.version(in.expectedVersion),
                    patch);
        }).map(r -> new RiskPayload(new RiskView(r)));
    }

    @Mutation("deleteRisk")
    @Description("Deletes a risk registered by mistake. Needs projects:write.")
    public Uni<DeletePayload> deleteRisk(@Name("input") @NonNull RiskInputs.DeleteRisk in) {
        return delete(in.workspace, RiskRegister.Ref.project(in.project), in.id, in.expectedVersion);
    }

    Uni<DeletePayload> delete(String workspace, RiskRegister.Ref register, String id, Integer expectedVersion) {
        return Uni.createFrom().deferred(() -> risks.delete(caller.get(), workspace, register, id,
                Changes.version(expectedVersion))).map(deleted -> new DeletePayload(deleted.toString()));
    }

    private static UUID uuid(String value, String field) {
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

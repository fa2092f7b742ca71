package io.worklane.api.graphql.risk;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.risk.RiskRegister;
import io.worklane.api.graphql.risk.RiskTypes.RiskPayload;
import io.worklane.api.graphql.shared.DeletePayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A portfolio's risk register over GraphQL (ADR 0086): the project register's mutations, on the portfolio's. */
@GraphQLApi
@Authenticated
public class PortfolioRiskApi {
    private final RiskApi risks;

    public PortfolioRiskApi(RiskApi risks) {
        this.risks = risks;
    }

    @Mutation("createPortfolioRisk")
    @Description("Registers a risk of a portfolio itself, not of one of its projects (probability or impact outside "
            + "1–5 is VALIDATION_FAILED); runs the workspace's RISK_EXPOSURE_REACHED rules it reaches. Needs "
            + "projects:write.")
    public Uni<RiskPayload> createPortfolioRisk(@Name("input") @NonNull PortfolioRiskInputs.CreatePortfolioRisk in) {
        return risks.create(in, RiskRegister.Ref.portfolio(in.portfolio), "createPortfolioRisk", in);
    }

    @Mutation("updatePortfolioRisk")
    @Description("Changes a risk of a portfolio; CLOSED or OCCURRED closes it (risk.closed). Needs projects:write.")
    public Uni<RiskPayload> updatePortfolioRisk(@Name("input") @NonNull PortfolioRiskInputs.UpdatePortfolioRisk in) {
        return risks.update(in, RiskRegister.Ref.portfolio(in.portfolio));
    }

    @Mutation("deletePortfolioRisk")
    @Description("Deletes a risk of a portfolio registered by mistake. Needs projects:write.")
    public Uni<DeletePayload> deletePortfolioRisk(@Name("input") @NonNull PortfolioRiskInputs.DeletePortfolioRisk in) {
        return risks.delete(in.workspace, RiskRegister.Ref.portfolio(in.portfolio), in.id, in.expectedVersion);
    }
}

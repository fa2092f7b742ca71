package io.worklane.api.graphql.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of a portfolio's risk mutations (ADR 0086): a project risk's, naming the portfolio instead. */
final class PortfolioRiskInputs {
    private PortfolioRiskInputs() {
    }

    @Input("CreatePortfolioRiskInput")
    @Description("A new risk of a portfolio, e.g. {workspace: \"acme\", portfolio: \"<id>\", title: \"Funding cut\", "
            + "probability: 2, impact: 5}.")
    public static class CreatePortfolioRisk extends RiskInputs.NewRisk {
        @NonNull
        @Id
        @Description("The portfolio (id).")
        public String portfolio;
    }

    @Input("UpdatePortfolioRiskInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdatePortfolioRisk extends RiskInputs.RiskChanges {
        @NonNull
        @Id
        @Description("The portfolio (id).")
        public String portfolio;
    }

    @Input("DeletePortfolioRiskInput")
    @Description("A risk of a portfolio to delete (close it instead to keep it in the register).")
    public static class DeletePortfolioRisk {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The portfolio (id).")
        public String portfolio;
        @NonNull
        @Id
        @Description("The risk's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}

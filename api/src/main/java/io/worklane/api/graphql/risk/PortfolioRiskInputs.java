package io.worklane.api.graphql.risk;

import java.time.LocalDate;
import java.util.List;
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
    public static class CreatePortfolioRisk {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The portfolio (id).")
        public String portfolio;
        @NonNull
        @Description("1 to 200 characters.")
        public String title;
        @Description("Up to 10,000 characters.")
        public String description;
        @Description("Up to 100 characters.")
        public String category;
        @Description("1 (very low) to 5 (very high).")
        public int probability;
        @Description("1 (very low) to 5 (very high).")
        public int impact;
        @Id
        @Description("A member id.")
        public String owner;
        @Description("When it could strike.")
        public LocalDate proximityDate;
        @Description("The response chosen.")
        public RiskTypes.Response response;
        @Description("How it is answered.")
        public String mitigationPlan;
        @Description("Default IDENTIFIED.")
        public RiskTypes.Status status;
        @Description("Up to 20 work items, by id or key.")
        public List<@NonNull String> mitigationItems;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;

        RiskInputs.CreateRisk fields() {
            var in = new RiskInputs.CreateRisk();
            in.workspace = workspace;
            in.title = title;
            in.description = description;
            in.category = category;
            in.probability = probability;
            in.impact = impact;
            in.owner = owner;
            in.proximityDate = proximityDate;
            in.response = response;
            in.mitigationPlan = mitigationPlan;
            in.status = status;
            in.mitigationItems = mitigationItems;
            in.idempotencyKey = idempotencyKey;
            return in;
        }
    }

    @Input("UpdatePortfolioRiskInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdatePortfolioRisk {
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
        @Description("A new title.")
        public String title;
        @Description("A new description.")
        public String description;
        @Description("A new category.")
        public String category;
        @Description("A new probability, 1–5.")
        public Integer probability;
        @Description("A new impact, 1–5.")
        public Integer impact;
        @Id
        @Description("A new owner (member id).")
        public String owner;
        @Description("A new proximity date.")
        public LocalDate proximityDate;
        @Description("A new response.")
        public RiskTypes.Response response;
        @Description("A new mitigation plan.")
        public String mitigationPlan;
        @Description("A new status; CLOSED or OCCURRED closes it (risk.closed).")
        public RiskTypes.Status status;
        @Description("The mitigating work items, replacing the list (an empty list removes all).")
        public List<@NonNull String> mitigationItems;
        @Description("The fields to empty.")
        public List<RiskTypes.@NonNull Field> clear;

        RiskInputs.UpdateRisk fields() {
            var in = new RiskInputs.UpdateRisk();
            in.workspace = workspace;
            in.id = id;
            in.expectedVersion = expectedVersion;
            in.title = title;
            in.description = description;
            in.category = category;
            in.probability = probability;
            in.impact = impact;
            in.owner = owner;
            in.proximityDate = proximityDate;
            in.response = response;
            in.mitigationPlan = mitigationPlan;
            in.status = status;
            in.mitigationItems = mitigationItems;
            in.clear = clear;
            return in;
        }
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

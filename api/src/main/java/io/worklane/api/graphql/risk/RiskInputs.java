package io.worklane.api.graphql.risk;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the risk mutations. */
final class RiskInputs {
    private RiskInputs() {
    }

    /** What a new risk says, in a project's register or a portfolio's (CreatePortfolioRiskInput). */
    public abstract static class NewRisk {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
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
    }

    @Input("CreateRiskInput")
    @Description("A new risk of a project, e.g. {workspace: \"acme\", project: \"ENG\", title: \"Supplier goes bankrupt\", "
            + "probability: 2, impact: 5}.")
    public static class CreateRisk extends NewRisk {
        @NonNull
        @Description("The project (key or id).")
        public String project;
    }

    /** The changes to a risk, in a project's register or a portfolio's (UpdatePortfolioRiskInput). */
    public abstract static class RiskChanges {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
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
    }

    @Input("UpdateRiskInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdateRisk extends RiskChanges {
        @NonNull
        @Description("The project (key or id).")
        public String project;
    }

    @Input("DeleteRiskInput")
    @Description("A risk to delete (close it instead to keep it in the register).")
    public static class DeleteRisk {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Id
        @Description("The risk's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}

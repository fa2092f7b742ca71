package io.worklane.api.graphql.portfolio;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the portfolio mutations. */
final class PortfolioInputs {
    private PortfolioInputs() {
    }

    @Enum("PortfolioField")
    @Description("The optional fields of a portfolio that an update can clear (PARENT: move it to the top).")
    public enum Field { DESCRIPTION, OWNER, PARENT }

    @Input("CreatePortfolioInput")
    @Description("A new portfolio, e.g. {workspace: \"acme\", name: \"Growth 2027\", currency: \"EUR\"}.")
    public static class CreatePortfolio {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("1 to 200 characters.")
        public String name;
        @Description("Up to 10,000 characters.")
        public String description;
        @Id
        @Description("A member id.")
        public String owner;
        @NonNull
        @Description("ISO 4217: the currency its roll-ups are shown in.")
        public String currency;
        @Id
        @Description("The portfolio it is nested under (at most 10 levels).")
        public String parent;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdatePortfolioInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdatePortfolio {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The portfolio's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("1 to 200 characters.")
        public String name;
        @Description("Up to 10,000 characters.")
        public String description;
        @Id
        @Description("A member id.")
        public String owner;
        @Description("ISO 4217.")
        public String currency;
        @Id
        @Description("Nesting it under itself or a descendant is PORTFOLIO_CYCLE.")
        public String parent;
        @Description("Fields to empty.")
        public List<@NonNull Field> clear;
    }

    @Input("DeletePortfolioInput")
    @Description("Deletes a portfolio without children (its projects stay).")
    public static class DeletePortfolio {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The portfolio's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("RankPortfolioProjectInput")
    @Description("Puts a project at a rank of a portfolio (adding it when it is not in yet).")
    public static class RankProject {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The portfolio's id.")
        public String portfolio;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @Description("1 = highest priority; null or past the end: last.")
        public Integer rank;
        @Description("The portfolio's version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("RemovePortfolioProjectInput")
    @Description("Takes a project out of a portfolio.")
    public static class RemoveProject {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The portfolio's id.")
        public String portfolio;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @Description("The portfolio's version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("SetExpectedBenefitsInput")
    @Description("States or changes a project's expected benefits.")
    public static class SetBenefits {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @NonNull
        @Description("A decimal string, 0 or more.")
        public String amount;
        @NonNull
        @Description("ISO 4217.")
        public String currency;
        @Description("Up to 2,000 characters.")
        public String note;
        @Description("The version the caller read, when changing them (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("RemoveExpectedBenefitsInput")
    @Description("Withdraws a project's expected benefits.")
    public static class RemoveBenefits {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}

package io.worklane.api.graphql.budget;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the budget, expense and exchange rate mutations. */
final class BudgetInputs {
    private BudgetInputs() {
    }

    @Input("MoneyInput")
    @Description("An amount as a decimal string (\"8000.00\") and an ISO 4217 code; checked by the server.")
    public static class MoneyIn {
        @NonNull
        public String amount;
        @NonNull
        public String currency;
    }

    @Input("BudgetPhaseInput")
    public static class PhaseIn {
        @NonNull
        @Description("YYYY-MM")
        public String month;
        @NonNull
        public String amount;
    }

    @Input("BudgetLineInput")
    public static class LineIn {
        @NonNull
        public BudgetTypes.Category category;
        @NonNull
        public MoneyIn planned;
        @Description("Amounts by month that add up to planned; null or empty: not phased.")
        public List<@NonNull PhaseIn> phases;
    }

    @Input("CreateBudgetInput")
    @Description("A project's budget, e.g. project \"ENG\", currency \"EUR\", lines [{category: LABOUR, planned: "
            + "{amount: \"8000.00\", currency: \"EUR\"}}].")
    public static class CreateBudget {
        @NonNull
        public String workspace;
        @NonNull
        @Description("The project (key or id); it has at most one budget.")
        public String project;
        @NonNull
        public String currency;
        public List<@NonNull LineIn> lines;
        @Description("Fractions in (0, 10]; null: [\"0.8\", \"1.0\"].")
        public List<@NonNull String> thresholds;
        public Boolean visibleToMembers;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateBudgetInput")
    @Description("Fields left null stay as they are; lines and thresholds are replaced whole.")
    public static class UpdateBudget {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
        public String currency;
        public List<@NonNull LineIn> lines;
        public List<@NonNull String> thresholds;
        public Boolean visibleToMembers;
    }

    @Input("CreateExpenseInput")
    public static class CreateExpense {
        @NonNull
        public String workspace;
        @NonNull
        public String project;
        @NonNull
        public BudgetTypes.Category category;
        @NonNull
        public MoneyIn amount;
        @NonNull
        public LocalDate date;
        public String note;
        @Description("A work item (key or id) of the project.")
        public String workItem;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateExpenseInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdateExpense {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
        public String project;
        public BudgetTypes.Category category;
        public MoneyIn amount;
        public LocalDate date;
        public String note;
        public String workItem;
        public List<BudgetTypes.@NonNull ExpenseField> clear;
    }

    @Input("CreateExchangeRateInput")
    public static class CreateRate {
        @NonNull
        public String workspace;
        @NonNull
        public String from;
        @NonNull
        public String to;
        @NonNull
        @Description("A decimal string such as \"0.9215\".")
        public String rate;
        @NonNull
        public LocalDate effectiveFrom;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("DeleteBudgetInput")
    public static class DeleteBudget {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }

    @Input("DeleteExpenseInput")
    public static class DeleteExpense {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }

    @Input("DeleteExchangeRateInput")
    public static class DeleteRate {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }
}

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
        @Description("A decimal string with at most the currency's digits, e.g. \"1234.50\".")
        public String amount;
        @NonNull
        @Description("ISO 4217 code, e.g. EUR.")
        public String currency;
    }

    @Input("BudgetPhaseInput")
    @Description("The planned amount of a budget line for one month.")
    public static class PhaseIn {
        @NonNull
        @Description("YYYY-MM")
        public String month;
        @NonNull
        @Description("A decimal string in the budget's currency, e.g. \"1500.00\".")
        public String amount;
    }

    @Input("BudgetLineInput")
    @Description("The planned amount of one cost category; at most one line per category.")
    public static class LineIn {
        @NonNull
        @Description("The cost category the line plans.")
        public BudgetTypes.Category category;
        @NonNull
        @Description("The amount, in the budget's currency.")
        public MoneyIn planned;
        @Description("Amounts by month that add up to planned; null or empty: not phased.")
        public List<@NonNull PhaseIn> phases;
    }

    @Input("CreateBudgetInput")
    @Description("A project's budget, e.g. project \"ENG\", currency \"EUR\", lines [{category: LABOUR, planned: "
            + "{amount: \"8000.00\", currency: \"EUR\"}}].")
    public static class CreateBudget {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Description("The project (key or id); it has at most one budget.")
        public String project;
        @NonNull
        @Description("The ISO 4217 code of the budget, e.g. EUR.")
        public String currency;
        @Description("The planned amounts per cost category; null or empty: none yet.")
        public List<@NonNull LineIn> lines;
        @Description("Fractions in (0, 10]; null: [\"0.8\", \"1.0\"].")
        public List<@NonNull String> thresholds;
        @Description("Whether the project's MEMBERs see the budget and its costs (owners, admins and the project's "
                + "lead always do).")
        public Boolean visibleToMembers;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateBudgetInput")
    @Description("Fields left null stay as they are; lines and thresholds are replaced whole.")
    public static class UpdateBudget {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The budget's id.")
        public String id;
        @Description("Optional: the version your change is based on; if the budget changed since, the error CONFLICT.")
        public Integer expectedVersion;
        @Description("The new currency (ISO 4217); null: unchanged.")
        public String currency;
        @Description("The lines, replacing the whole list; null: unchanged.")
        public List<@NonNull LineIn> lines;
        @Description("Fractions in (0, 10] of the planned total whose crossing emits budget.threshold_crossed, "
                + "replacing the list; null: unchanged.")
        public List<@NonNull String> thresholds;
        @Description("Whether the project's MEMBERs see the budget; null: unchanged.")
        public Boolean visibleToMembers;
    }

    @Input("CreateExpenseInput")
    @Description("A cost of a project other than logged time, e.g. a licence or travel.")
    public static class CreateExpense {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Description("The project's key or id.")
        public String project;
        @NonNull
        @Description("What the cost is for.")
        public BudgetTypes.Category category;
        @NonNull
        @Description("What it cost; another currency than the budget's needs an exchange rate in force on its date.")
        public MoneyIn amount;
        @NonNull
        public LocalDate date;
        @Description("A free note, e.g. the invoice number.")
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
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The expense's id.")
        public String id;
        @Description("Optional: the version your change is based on; if the expense changed since, the error CONFLICT.")
        public Integer expectedVersion;
        @Description("The project (key or id) it belongs to now; null: unchanged.")
        public String project;
        @Description("The new category; null: unchanged.")
        public BudgetTypes.Category category;
        @Description("The new amount; null: unchanged.")
        public MoneyIn amount;
        public LocalDate date;
        @Description("The new note; null: unchanged.")
        public String note;
        @Description("The work item (key or id) of the project it belongs to now; null: unchanged.")
        public String workItem;
        @Description("Optional fields to remove (NOTE, WORK_ITEM).")
        public List<BudgetTypes.@NonNull ExpenseField> clear;
    }

    @Input("CreateExchangeRateInput")
    @Description("A conversion rate between two currencies from a day on.")
    public static class CreateRate {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Description("The ISO 4217 code converted from, e.g. USD.")
        public String from;
        @NonNull
        @Description("The ISO 4217 code converted into, e.g. EUR.")
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
    @Description("Deletes a budget (the project's costs stay).")
    public static class DeleteBudget {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The budget's id.")
        public String id;
        @Description("Optional: act only if the budget is still at this version (its version field), else the error "
                + "CONFLICT.")
        public Integer expectedVersion;
    }

    @Input("DeleteExpenseInput")
    @Description("Deletes an expense.")
    public static class DeleteExpense {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The expense's id.")
        public String id;
        @Description("Optional: act only if the expense is still at this version (its version field), else the error "
                + "CONFLICT.")
        public Integer expectedVersion;
    }

    @Input("DeleteExchangeRateInput")
    @Description("Deletes an exchange rate.")
    public static class DeleteRate {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The exchange rate's id.")
        public String id;
        @Description("Optional: act only if the exchange rate is still at this version (its version field), else the "
                + "error CONFLICT.")
        public Integer expectedVersion;
    }
}

package io.worklane.api.graphql.budget;

import io.worklane.domain.budget.ExchangeRate;
import io.worklane.domain.budget.Expense;
import io.worklane.api.graphql.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The small types of budgets: money, lines, expenses, rates, payloads. */
final class BudgetTypes {
    private BudgetTypes() {
    }

    @Enum("CostCategory")
    @Description("What a cost is for.")
    public enum Category { LABOUR, MATERIALS, SERVICES, TRAVEL, OTHER }

    /** The nullable fields of an expense that an update can clear. */
    @Enum("ExpenseField")
    @Description("The optional fields of an expense that an update can clear.")
    public enum ExpenseField { NOTE, WORK_ITEM }

    @Type("BudgetPhase")
    @Description("The planned amount of a budget line for one month.")
    public record Phase(@NonNull @Description("YYYY-MM") String month,
                        @Description("A decimal string in the budget's currency, e.g. \"1500.00\".")
                        @NonNull String amount) {
    }

    @Type("BudgetLine")
    @Description("The planned amount of one cost category, optionally split by month.")
    public record Line(@Description("The cost category the line plans.") @NonNull Category category,
                       @Description("The amount planned for the category, in the budget's currency.")
                       @NonNull Money planned,
                       @Description("The amounts by month, adding up to planned; empty when the line is "
                               + "not phased (spread evenly over the project's dates).")
                       @NonNull java.util.List<@NonNull Phase> phases) {
    }

    @Type("BudgetCategoryFigures")
    @Description("Planned against actual for one cost category.")
    public record CategoryFigures(@Description("The cost category.") @NonNull Category category,
                                  @Description("The budget line's planned amount.") @NonNull Money planned,
                                  @Description("The costs of the category up to the status date.")
                                  @NonNull Money actual,
                                  @Description("planned − actual; negative when over.") @NonNull Money remaining) {
    }

    @Type("BudgetMonthFigures")
    @Description("Planned against actual for one month.")
    public record MonthFigures(@Description("The month, YYYY-MM.") @NonNull String month,
                               @Description("The phased plan of the month (unphased lines are not split "
                                       + "by month here).")
                               @NonNull Money planned,
                               @Description("The costs dated in the month.") @NonNull Money actual) {
    }

    @Type("Expense")
    @Description("A non-labour cost of a project, in the currency it was paid in.")
    public record ExpenseView(@Description("The expense's id (a UUID).") @Id @NonNull String id,
                              @Description("The project the cost belongs to.") @Id @NonNull String projectId,
                              @Description("What the cost is for.") @NonNull Category category,
                              @Description("What it cost, in the currency it was recorded in.") @NonNull Money amount,
                              @NonNull LocalDate date,
                              @Description("A free note; null when none.") String note,
                              @Description("The work item the cost belongs to; null when only the "
                                      + "project.")
                              @Id String workItemId,
                              @Description("Increases with every change; pass it as expectedVersion to "
                                      + "change or delete it safely.")
                              int version,
                              @NonNull Instant createdAt,
                              @NonNull Instant updatedAt) {
        static ExpenseView of(Expense x) {
            return new ExpenseView(x.id().toString(), x.projectId().toString(), Category.valueOf(x.category().name()),
                    Money.of(x.amount()), x.date(), x.note(), x.workItemId() == null ? null
                    : x.workItemId().toString(), (int) x.version(), x.createdAt(), x.updatedAt());
        }
    }

    @Type("ExchangeRate")
    @Description("1 from is worth rate to, from effectiveFrom until a later rate of the pair.")
    public record RateView(@Description("The exchange rate's id (a UUID).") @Id @NonNull String id,
                           @Description("The ISO 4217 code converted from: 1 of it is worth rate of to.")
                           @NonNull String from,
                           @Description("The ISO 4217 code converted into.") @NonNull String to,
                           @Description("How much 1 from is worth in to, a decimal string such as "
                                   + "\"0.9215\".")
                           @NonNull String rate,
                           @NonNull LocalDate effectiveFrom,
                           @Description("Increases with every change; pass it as expectedVersion to "
                                   + "change or delete it safely.")
                           int version,
                           @NonNull Instant createdAt) {
        static RateView of(ExchangeRate r) {
            return new RateView(r.id().toString(), r.from(), r.to(), r.rate().toPlainString(), r.effectiveFrom(),
                    (int) r.version(), r.createdAt());
        }
    }

    @Type("BudgetPayload")
    @Description("The answer of a mutation that creates or changes a budget.")
    public record BudgetPayload(@Description("The budget as the mutation left it.") @NonNull Budget budget) {
    }

    @Type("ExpensePayload")
    @Description("The answer of a mutation that creates or changes an expense.")
    public record ExpensePayload(@Description("The expense as the mutation left it.") @NonNull ExpenseView expense) {
    }

    @Type("ExchangeRatePayload")
    @Description("The answer of a mutation that creates or changes an exchange rate.")
    public record RatePayload(@Description("The exchange rate as the mutation left it.") @NonNull RateView exchangeRate) {
    }
}

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
    public enum ExpenseField { NOTE, WORK_ITEM }

    @Type("BudgetPhase")
    public record Phase(@NonNull @Description("YYYY-MM") String month, @NonNull String amount) {
    }

    @Type("BudgetLine")
    public record Line(@NonNull Category category, @NonNull Money planned, @NonNull java.util.List<@NonNull Phase> phases) {
    }

    @Type("BudgetCategoryFigures")
    public record CategoryFigures(@NonNull Category category, @NonNull Money planned, @NonNull Money actual,
                                  @NonNull Money remaining) {
    }

    @Type("BudgetMonthFigures")
    public record MonthFigures(@NonNull String month, @NonNull Money planned, @NonNull Money actual) {
    }

    @Type("Expense")
    @Description("A non-labour cost of a project, in the currency it was paid in.")
    public record ExpenseView(@Id @NonNull String id, @Id @NonNull String projectId, @NonNull Category category,
                              @NonNull Money amount, @NonNull LocalDate date, String note, @Id String workItemId,
                              int version, @NonNull Instant createdAt, @NonNull Instant updatedAt) {
        static ExpenseView of(Expense x) {
            return new ExpenseView(x.id().toString(), x.projectId().toString(), Category.valueOf(x.category().name()),
                    Money.of(x.amount()), x.date(), x.note(), x.workItemId() == null ? null
                    : x.workItemId().toString(), (int) x.version(), x.createdAt(), x.updatedAt());
        }
    }

    @Type("ExchangeRate")
    @Description("1 from is worth rate to, from effectiveFrom until a later rate of the pair.")
    public record RateView(@Id @NonNull String id, @NonNull String from, @NonNull String to, @NonNull String rate,
                           @NonNull LocalDate effectiveFrom, int version, @NonNull Instant createdAt) {
        static RateView of(ExchangeRate r) {
            return new RateView(r.id().toString(), r.from(), r.to(), r.rate().toPlainString(), r.effectiveFrom(),
                    (int) r.version(), r.createdAt());
        }
    }

    @Type("BudgetPayload")
    public record BudgetPayload(@NonNull Budget budget) {
    }

    @Type("ExpensePayload")
    public record ExpensePayload(@NonNull ExpenseView expense) {
    }

    @Type("ExchangeRatePayload")
    public record RatePayload(@NonNull RateView exchangeRate) {
    }
}

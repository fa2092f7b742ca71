package io.worklane.api.graphql.budget;

import io.worklane.api.graphql.shared.Money;

import io.worklane.domain.budget.BudgetSummary;
import io.worklane.domain.budget.EarnedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Planned against actual and earned value at a status date (docs/earned-value.md); undefined figures are null. */
@Type("BudgetSummary")
@Description("Planned against actual at a status date, with the earned-value figures of docs/earned-value.md; a "
        + "figure that is undefined (it would divide by zero) is null.")
public class BudgetSummaryView {
    @Ignore
    private final BudgetSummary s;

    public BudgetSummaryView(BudgetSummary s) {
        this.s = s;
    }

    private static Money m(io.worklane.domain.shared.Money money) {
        return Money.of(money);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private EarnedValue ev() {
        return s.earnedValue();
    }

    @NonNull
    public LocalDate getAsOf() {
        return s.asOf();
    }

    @NonNull
    public String getCurrency() {
        return s.currency();
    }

    @NonNull
    public Money getPlanned() {
        return m(s.planned());
    }

    @NonNull
    public Money getActual() {
        return m(s.actual());
    }

    @NonNull
    public Money getRemaining() {
        return m(s.remaining());
    }

    @NonNull
    public List<BudgetTypes.@NonNull CategoryFigures> getCategories() {
        return s.categories().stream().map(c -> new BudgetTypes.CategoryFigures(
                BudgetTypes.Category.valueOf(c.category().name()), m(c.planned()), m(c.actual()), m(c.remaining())))
                .toList();
    }

    @NonNull
    public List<BudgetTypes.@NonNull MonthFigures> getMonths() {
        return s.months().stream().map(x -> new BudgetTypes.MonthFigures(x.month().toString(), m(x.planned()),
                m(x.actual()))).toList();
    }

    public Money getBurnRatePerDay() {
        return m(s.burnRatePerDay());
    }

    public Money getForecastAtCompletion() {
        return m(s.forecastAtCompletion());
    }

    @NonNull
    public Money getBac() {
        return m(ev().bac());
    }

    public Money getPv() {
        return m(ev().pv());
    }

    public Money getEv() {
        return m(ev().ev());
    }

    @NonNull
    public Money getAc() {
        return m(ev().ac());
    }

    public Money getCv() {
        return m(ev().cv());
    }

    public Money getSv() {
        return m(ev().sv());
    }

    public Money getEac() {
        return m(ev().eac());
    }

    @Name("etc")
    public Money getEtc() {
        return m(ev().etc());
    }

    public Money getVac() {
        return m(ev().vac());
    }

    @Description("Decimal string, 4 decimals.")
    public String getCpi() {
        return text(ev().cpi());
    }

    @Description("Decimal string, 4 decimals.")
    public String getSpi() {
        return text(ev().spi());
    }

    @Description("A fraction of 1 (\"0.5000\" is 50 %): estimate of done items ÷ estimate of all.")
    public String getPercentComplete() {
        return text(ev().percentComplete());
    }
}

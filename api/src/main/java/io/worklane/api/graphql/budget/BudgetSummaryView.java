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
    @Description("The ISO 4217 code of every figure (the budget's currency).")
    public String getCurrency() {
        return s.currency();
    }

    @NonNull
    @Description("The planned total (as bac).")
    public Money getPlanned() {
        return m(s.planned());
    }

    @NonNull
    @Description("The costs up to the status date, in total.")
    public Money getActual() {
        return m(s.actual());
    }

    @NonNull
    @Description("planned − actual; negative when over.")
    public Money getRemaining() {
        return m(s.remaining());
    }

    @NonNull
    @Description("Planned, actual and remaining per cost category.")
    public List<BudgetTypes.@NonNull CategoryFigures> getCategories() {
        return s.categories().stream().map(c -> new BudgetTypes.CategoryFigures(
                BudgetTypes.Category.valueOf(c.category().name()), m(c.planned()), m(c.actual()), m(c.remaining())))
                .toList();
    }

    @NonNull
    @Description("Planned and actual per month.")
    public List<BudgetTypes.@NonNull MonthFigures> getMonths() {
        return s.months().stream().map(x -> new BudgetTypes.MonthFigures(x.month().toString(), m(x.planned()),
                m(x.actual()))).toList();
    }

    @Description("AC ÷ days from the project's start (or the first cost) to the status date; null when that "
            + "period has not begun.")
    public Money getBurnRatePerDay() {
        return m(s.burnRatePerDay());
    }

    @Description("AC + burn rate per day × days to the project's target date: a same-pace forecast beside EAC; "
            + "null without project start and target dates.")
    public Money getForecastAtCompletion() {
        return m(s.forecastAtCompletion());
    }

    @NonNull
    @Description("Budget at completion (BAC): the sum of the lines' planned amounts.")
    public Money getBac() {
        return m(ev().bac());
    }

    @Description("Planned value (PV) at the status date, from the phased months or spread over the project's "
            + "dates; null when an unphased line cannot be spread (the project lacks dates).")
    public Money getPv() {
        return m(ev().pv());
    }

    @Description("Earned value (EV = BAC × percentComplete); null when no work item has an estimate.")
    public Money getEv() {
        return m(ev().ev());
    }

    @NonNull
    @Description("Actual cost (AC): the costs up to the status date, converted into the budget's currency "
            + "(docs/earned-value.md).")
    public Money getAc() {
        return m(ev().ac());
    }

    @Description("Cost variance (CV = EV − AC): negative when over cost; null when EV is.")
    public Money getCv() {
        return m(ev().cv());
    }

    @Description("Schedule variance (SV = EV − PV): negative when behind; null when EV or PV is.")
    public Money getSv() {
        return m(ev().sv());
    }

    @Description("Estimate at completion (EAC = BAC ÷ CPI): the expected total cost at the current efficiency; "
            + "null when CPI is undefined or 0.")
    public Money getEac() {
        return m(ev().eac());
    }

    @Name("etc")
    @Description("Estimate to complete (ETC = EAC − AC); null when EAC is.")
    public Money getEtc() {
        return m(ev().etc());
    }

    @Description("Variance at completion (VAC = BAC − EAC): negative when expected over budget; null when EAC is.")
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

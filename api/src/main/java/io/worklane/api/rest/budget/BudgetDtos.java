package io.worklane.api.rest.budget;

import io.worklane.api.application.budget.BudgetService;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.budget.BudgetSummary;
import io.worklane.domain.budget.EarnedValue;
import io.worklane.domain.budget.ExchangeRate;
import io.worklane.domain.budget.Expense;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.BudgetLine;
import io.worklane.openapi.model.BudgetList;
import io.worklane.openapi.model.ExchangeRateList;
import io.worklane.openapi.model.ExpenseList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Budgets, expenses, rates and summaries in their REST shapes, field by field. */
final class BudgetDtos {
    private BudgetDtos() {
    }

    static io.worklane.openapi.model.Budget of(BudgetService.Shown s) {
        var b = s.budget();
        return new io.worklane.openapi.model.Budget().id(b.id()).projectId(b.projectId()).projectKey(s.project().key())
                .currency(b.currency()).lines(b.lines().stream().map(l -> {
                    Map<String, String> phases = new LinkedHashMap<>();
                    l.phases().forEach((m, v) -> phases.put(m.toString(), v.toPlainString()));
                    return new BudgetLine().category(l.category().name()).planned(money(l.planned())).phases(phases);
                }).toList())
                .thresholds(b.thresholds().stream().map(BigDecimal::toPlainString).toList())
                .visibleToMembers(b.visibleToMembers()).planned(money(b.atCompletion())).version(b.version())
                .createdAt(Dates.utc(b.createdAt())).updatedAt(Dates.utc(b.updatedAt()));
    }

    static BudgetList budgets(Page<BudgetService.Shown> page) {
        return new BudgetList().items(page.items().stream().map(BudgetDtos::of).toList()).nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.Expense of(Expense x, Map<UUID, String> projectKeys) {
        return new io.worklane.openapi.model.Expense().id(x.id()).projectId(x.projectId())
                .projectKey(projectKeys.get(x.projectId())).category(x.category().name()).amount(money(x.amount()))
                .date(x.date()).note(x.note()).workItemId(x.workItemId()).version(x.version())
                .createdAt(Dates.utc(x.createdAt())).updatedAt(Dates.utc(x.updatedAt()));
    }

    static ExpenseList expenses(Page<Expense> page, Map<UUID, String> projectKeys) {
        return new ExpenseList().items(page.items().stream().map(x -> of(x, projectKeys)).toList())
                .nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.ExchangeRate of(ExchangeRate r) {
        return new io.worklane.openapi.model.ExchangeRate().id(r.id()).from(r.from()).to(r.to())
                .rate(r.rate().toPlainString()).effectiveFrom(r.effectiveFrom()).version(r.version())
                .createdAt(Dates.utc(r.createdAt())).updatedAt(Dates.utc(r.updatedAt()));
    }

    static ExchangeRateList rates(Page<ExchangeRate> page) {
        return new ExchangeRateList().items(page.items().stream().map(BudgetDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    /** A map, not the generated class, so that undefined figures are written as null rather than left out. */
    static Map<String, Object> summary(UUID budgetId, BudgetSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budgetId", budgetId.toString());
        m.put("asOf", s.asOf().toString());
        m.put("currency", s.currency());
        m.put("planned", money(s.planned()));
        m.put("actual", money(s.actual()));
        m.put("remaining", money(s.remaining()));
        m.put("categories", s.categories().stream().map(c -> Map.of("category", c.category().name(),
                "planned", money(c.planned()), "actual", money(c.actual()), "remaining", money(c.remaining()))).toList());
        m.put("months", s.months().stream().map(x -> Map.of("month", x.month().toString(), "planned",
                money(x.planned()), "actual", money(x.actual()))).toList());
        // an undefined money figure is left out rather than null: v0.1.0 of the contract typed them as always there
        putDefined(m, "burnRatePerDay", s.burnRatePerDay());
        putDefined(m, "forecastAtCompletion", s.forecastAtCompletion());
        EarnedValue ev = s.earnedValue();
        m.put("bac", money(ev.bac()));
        putDefined(m, "pv", ev.pv());
        putDefined(m, "ev", ev.ev());
        m.put("ac", money(ev.ac()));
        putDefined(m, "cv", ev.cv());
        putDefined(m, "sv", ev.sv());
        putDefined(m, "eac", ev.eac());
        putDefined(m, "etc", ev.etc());
        putDefined(m, "vac", ev.vac());
        m.put("cpi", text(ev.cpi()));
        m.put("spi", text(ev.spi()));
        m.put("percentComplete", text(ev.percentComplete()));
        return m;
    }

    private static void putDefined(Map<String, Object> m, String name, Money figure) {
        if (figure != null) {
            m.put(name, money(figure));
        }
    }

    static io.worklane.openapi.model.Money money(Money money) {
        return money == null ? null : new io.worklane.openapi.model.Money().amount(money.amount().toPlainString())
                .currency(money.currency());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}

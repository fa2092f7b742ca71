package io.worklane.api.application.budget;

import io.worklane.domain.budget.Budget;
import io.worklane.domain.budget.Expense;
import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What budget and expense events carry: the object as the REST API shows it. */
final class BudgetData {
    private BudgetData() {
    }

    static Map<String, Object> of(Budget b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id().toString());
        m.put("projectId", b.projectId().toString());
        m.put("currency", b.currency());
        m.put("lines", b.toNew().lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("category", l.category());
            line.put("planned", money(new Money(new BigDecimal(l.amount()), l.currency())));
            line.put("phases", l.phases());
            return line;
        }).toList());
        m.put("thresholds", b.thresholds().stream().map(BigDecimal::toPlainString).toList());
        m.put("visibleToMembers", b.visibleToMembers());
        m.put("planned", money(b.atCompletion()));
        m.put("version", b.version());
        return m;
    }

    static Map<String, Object> of(Expense x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id().toString());
        m.put("projectId", x.projectId().toString());
        m.put("category", x.category().name());
        m.put("amount", money(x.amount()));
        m.put("date", x.date().toString());
        m.put("note", x.note());
        m.put("workItemId", x.workItemId() == null ? null : x.workItemId().toString());
        m.put("version", x.version());
        return m;
    }

    static Map<String, Object> crossed(Budget b, BigDecimal threshold, Money actual) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budgetId", b.id().toString());
        m.put("projectId", b.projectId().toString());
        m.put("threshold", threshold.toPlainString());
        m.put("actual", money(actual));
        m.put("planned", money(b.atCompletion()));
        return m;
    }

    static Map<String, Object> money(Money money) {
        return Map.of("amount", money.amount().toPlainString(), "currency", money.currency());
    }

    static List<String> texts(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).toList();
    }
}

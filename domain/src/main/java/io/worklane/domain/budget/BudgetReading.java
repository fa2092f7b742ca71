package io.worklane.domain.budget;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Checks a written budget field by field, collecting every problem before refusing. */
final class BudgetReading {
    static final int MAX_PHASES = 120;

    private BudgetReading() {
    }

    static Budget read(UUID id, UUID workspaceId, UUID projectId, NewBudget n, long version, Instant createdAt,
                       Instant now) {
        Validation v = new Validation();
        String currency = n.currency();
        boolean currencyOk = Money.isCurrency(currency);
        v.require(currencyOk, "currency", currency == null ? "REQUIRED" : "UNKNOWN_CURRENCY",
                currency == null ? "is required (an ISO 4217 code such as EUR)"
                        : "'" + currency + "' is not an ISO 4217 currency code such as EUR or USD");
        List<BudgetLine> lines = new ArrayList<>();
        Set<CostCategory> seen = EnumSet.noneOf(CostCategory.class);
        List<NewBudgetLine> written = n.lines() == null ? List.of() : n.lines();
        for (int i = 0; i < written.size(); i++) {
            BudgetLine line = line(written.get(i), "lines[" + i + "]", currencyOk ? currency : null, seen, v);
            if (line != null) {
                lines.add(line);
            }
        }
        List<BigDecimal> thresholds = Thresholds.read(n.thresholds(), v);
        v.orThrow();
        return new Budget(id, workspaceId, projectId, currency, lines, thresholds,
                Boolean.TRUE.equals(n.visibleToMembers()), version, createdAt, now);
    }

    private static BudgetLine line(NewBudgetLine w, String field, String currency, Set<CostCategory> seen,
                                   Validation v) {
        if (w == null) {
            v.add(new FieldError(field, "REQUIRED", "must be a line object"));
            return null;
        }
        CostCategory category = CostCategory.parse(w.category()).orElse(null);
        if (category == null) {
            v.add(new FieldError(field + ".category", "UNKNOWN_CATEGORY", "'" + w.category()
                    + "' is not a category; use one of " + CostCategory.names()));
        } else if (!seen.add(category)) {
            v.add(new FieldError(field + ".category", "DUPLICATE_CATEGORY", "the budget already has a "
                    + category + " line; one line per category"));
        }
        int before = v.errors().size();
        Money planned = Amounts.read(w.amount(), w.currency(), field + ".planned", v);
        if (planned != null && currency != null && !planned.currency().equals(currency)) {
            v.add(new FieldError(field + ".planned.currency", "CURRENCY_MISMATCH", "is " + planned.currency()
                    + " but the budget is in " + currency + "; plan every line in the budget's currency"));
            planned = null;
        }
        Map<YearMonth, BigDecimal> phases = planned == null ? Map.of() : phases(w.phases(), planned, field, v);
        return v.errors().size() == before && category != null ? new BudgetLine(category, planned, phases) : null;
    }

    private static Map<YearMonth, BigDecimal> phases(Map<String, String> written, Money planned, String field,
                                                     Validation v) {
        if (written == null || written.isEmpty()) {
            return Map.of();
        }
        if (written.size() > MAX_PHASES) {
            v.add(new FieldError(field + ".phases", "TOO_MANY", "at most " + MAX_PHASES + " months"));
            return Map.of();
        }
        TreeMap<YearMonth, BigDecimal> out = new TreeMap<>();
        written.forEach((month, amount) -> {
            YearMonth m = month(month);
            if (m == null) {
                v.add(new FieldError(field + ".phases." + month, "INVALID_MONTH", "must be a month such as 2026-12"));
                return;
            }
            Money value = Amounts.read(amount, planned.currency(), field + ".phases." + month, v, true);
            if (value != null) {
                out.put(m, value.amount());
            }
        });
        BigDecimal sum = out.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (out.size() == written.size() && sum.compareTo(planned.amount()) != 0) {
            v.add(new FieldError(field + ".phases", "PHASES_DO_NOT_SUM", "add up to " + sum.toPlainString()
                    + " but the line plans " + planned.amount().toPlainString() + "; they must be equal"));
        }
        return out;
    }

    private static YearMonth month(String s) {
        try {
            return s != null && s.matches("\\d{4}-\\d{2}") ? YearMonth.parse(s) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

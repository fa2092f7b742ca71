package io.worklane.api.application.statusreport;

import io.worklane.domain.budget.EarnedValue;
import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A draft's {@code budget}: earned value and the thresholds actual costs reached (shown only to cost readers). */
final class BudgetSection {
    private BudgetSection() {
    }

    static Map<String, Object> of(ReportInputs in, EarnedValue ev, List<BigDecimal> crossed) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("budgetId", in.budget().id().toString());
        b.put("currency", in.budget().currency());
        b.put("bac", money(ev.bac()));
        b.put("ac", money(ev.ac()));
        b.put("ev", money(ev.ev()));
        b.put("eac", money(ev.eac()));
        b.put("vac", money(ev.vac()));
        b.put("cpi", ev.cpi() == null ? null : ev.cpi().toPlainString());
        b.put("spi", ev.spi() == null ? null : ev.spi().toPlainString());
        b.put("thresholdsCrossed", crossed.stream().map(BigDecimal::toPlainString).toList());
        return b;
    }

    private static Map<String, Object> money(Money m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("amount", m.amount().toPlainString());
        out.put("currency", m.currency());
        return out;
    }
}

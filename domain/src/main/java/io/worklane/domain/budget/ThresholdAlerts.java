package io.worklane.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which thresholds the actuals have reached (actual ≥ threshold × BAC) and which of those are newly
 * reached since the last assessment: each is alerted once per upward crossing, and again only after
 * the actuals fell back below it. A budget of zero alerts nothing (every fraction of it is undefined).
 */
public final class ThresholdAlerts {
    private ThresholdAlerts() {
    }

    /** @param crossed the thresholds reached as of now; newlyCrossed those of them not reached before. */
    public record Assessment(Set<BigDecimal> crossed, List<BigDecimal> newlyCrossed) {
    }

    public static Assessment assess(List<BigDecimal> thresholds, Set<BigDecimal> before, BigDecimal bac,
                                    BigDecimal actual) {
        TreeSet<BigDecimal> now = new TreeSet<>();
        if (bac.signum() > 0) {
            thresholds.stream().filter(t -> actual.compareTo(bac.multiply(t)) >= 0).forEach(now::add);
        }
        List<BigDecimal> fresh = now.stream().filter(t -> before.stream().noneMatch(b -> b.compareTo(t) == 0))
                .toList();
        return new Assessment(now, fresh);
    }
}

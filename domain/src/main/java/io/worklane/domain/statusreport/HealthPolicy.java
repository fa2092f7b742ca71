package io.worklane.domain.statusreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy: the health a status report suggests, with every reason that led to it. OFF_TRACK when any
 * signal is bad (a missed milestone, finishing more than {@value #LATE_DAYS} working days late, SPI or CPI
 * under {@code 0.8}, costs at or over the whole budget, an open risk of exposure {@value #SEVERE_EXPOSURE}
 * or more); AT_RISK when any is worrying (late at all, a milestone at risk, SPI or CPI under {@code 0.95},
 * a budget threshold reached, an open risk of exposure {@value #HIGH_EXPOSURE} or more, blocked items);
 * ON_TRACK otherwise. People may choose another health: this is a suggestion.
 */
public final class HealthPolicy {
    public static final int LATE_DAYS = 10;
    public static final int SEVERE_EXPOSURE = 20;
    public static final int HIGH_EXPOSURE = 15;
    private static final BigDecimal BAD_INDEX = new BigDecimal("0.8");
    private static final BigDecimal WEAK_INDEX = new BigDecimal("0.95");

    private HealthPolicy() {
    }

    public record Suggestion(Health health, List<String> reasons) {
    }

    public static Suggestion suggest(HealthSignals s) {
        List<String> bad = new ArrayList<>();
        List<String> worrying = new ArrayList<>();
        if (s.milestonesMissed() > 0) {
            bad.add(s.milestonesMissed() + " milestone(s) missed");
        }
        if (s.milestonesAtRisk() > 0) {
            worrying.add(s.milestonesAtRisk() + " milestone(s) at risk of slipping");
        }
        late(s.finishVarianceDays(), "the target date", bad, worrying);
        late(s.baselineVarianceDays(), "the baseline", bad, worrying);
        index("SPI", s.spi(), bad, worrying);
        index("CPI", s.cpi(), bad, worrying);
        if (s.highestThreshold() != null) {
            (s.highestThreshold().compareTo(BigDecimal.ONE) >= 0 ? bad : worrying).add("actual costs reached "
                    + s.highestThreshold().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                    + " % of the budget");
        }
        if (s.highestOpenExposure() >= SEVERE_EXPOSURE) {
            bad.add("an open risk has exposure " + s.highestOpenExposure());
        } else if (s.highestOpenExposure() >= HIGH_EXPOSURE) {
            worrying.add("an open risk has exposure " + s.highestOpenExposure());
        }
        if (s.blockedItems() > 0) {
            worrying.add(s.blockedItems() + " item(s) blocked by unfinished predecessors");
        }
        List<String> reasons = new ArrayList<>(bad);
        reasons.addAll(worrying);
        Health health = !bad.isEmpty() ? Health.OFF_TRACK : !worrying.isEmpty() ? Health.AT_RISK : Health.ON_TRACK;
        return new Suggestion(health, reasons.isEmpty() ? List.of("no warning signs in schedule, budget or risks")
                : List.copyOf(reasons));
    }

    private static void late(Integer days, String against, List<String> bad, List<String> worrying) {
        if (days != null && days > 0) {
            (days > LATE_DAYS ? bad : worrying).add("forecast finish " + days + " working day(s) after " + against);
        }
    }

    private static void index(String name, BigDecimal value, List<String> bad, List<String> worrying) {
        if (value != null && value.compareTo(WEAK_INDEX) < 0) {
            (value.compareTo(BAD_INDEX) < 0 ? bad : worrying).add(name + " " + value.toPlainString());
        }
    }
}

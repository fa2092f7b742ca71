package io.worklane.domain.statusreport;

import java.math.BigDecimal;

/**
 * What the suggested health is judged on; each may be unknown (null) when the project lacks the data
 * (no target date, no baseline, no budget or estimates).
 *
 * @param finishVarianceDays   working days the forecast finish is after the target date (negative: early)
 * @param baselineVarianceDays working days the forecast finish is after the latest baseline's finish
 * @param highestThreshold     the highest budget threshold the actual costs reached (0.8, 1.0…)
 * @param highestOpenExposure  the highest exposure among open risks (0 without any)
 */
public record HealthSignals(Integer finishVarianceDays, Integer baselineVarianceDays, int milestonesMissed,
                            int milestonesAtRisk, BigDecimal spi, BigDecimal cpi, BigDecimal highestThreshold,
                            int highestOpenExposure, int blockedItems) {
}

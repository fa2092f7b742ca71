package io.worklane.domain.resource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One resource's figures for one period.
 *
 * @param utilization allocated ÷ capacity, two decimals (1.25 is 125 %); null when capacity is 0
 */
public record WorkloadPeriod(LocalDate start, long capacityMinutes, long allocatedMinutes, long assignedMinutes,
                             long loggedMinutes, BigDecimal utilization, boolean overallocated) {
    public static WorkloadPeriod of(LocalDate start, long capacity, long allocated, long assigned, long logged) {
        BigDecimal utilization = capacity == 0 ? null
                : BigDecimal.valueOf(allocated).divide(BigDecimal.valueOf(capacity), 2, RoundingMode.HALF_UP);
        return new WorkloadPeriod(start, capacity, allocated, assigned, logged, utilization, allocated > capacity);
    }
}

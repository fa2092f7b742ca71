package io.worklane.domain.resource;

import io.worklane.domain.shared.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A resource's rates, ordered by the day each comes into force. */
public record CostRates(List<CostRate> rates) {
    public static final CostRates NONE = new CostRates(List.of());

    public CostRates {
        rates = rates.stream().sorted(Comparator.comparing(CostRate::from)).toList();
    }

    /** The rate in force on {@code day}: the latest one starting on or before it. */
    public Optional<CostRate> inForce(LocalDate day) {
        CostRate found = null;
        for (CostRate r : rates) {
            if (r.from().isAfter(day)) {
                break;
            }
            found = r;
        }
        return Optional.ofNullable(found);
    }

    /** The cost of {@code minutes} worked on {@code day}; empty when no rate is in force then. */
    public Optional<Money> costOf(int minutes, LocalDate day) {
        return inForce(day).map(r -> r.costOf(minutes));
    }
}

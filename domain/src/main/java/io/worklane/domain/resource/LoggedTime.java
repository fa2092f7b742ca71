package io.worklane.domain.resource;

import java.time.LocalDate;
import java.util.UUID;

/** The minutes a resource logged on one day (summed over its entries). */
public record LoggedTime(UUID resourceId, LocalDate day, long minutes) {
}

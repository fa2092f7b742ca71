package io.worklane.domain.resource;

import java.time.LocalDate;

/** Days a resource does not work (inclusive range), whatever its weekly capacity says. */
public record TimeOff(LocalDate from, LocalDate to, String reason) {
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

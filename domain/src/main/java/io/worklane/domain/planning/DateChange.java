package io.worklane.domain.planning;

import java.time.LocalDate;
import java.util.UUID;

/** One date a schedule moves: which item, which field (startDate or dueDate), from and to, and why. */
public record DateChange(UUID itemId, String key, String field, LocalDate from, LocalDate to, String why) {
}

package io.worklane.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One work item as a day in a calendar: its due date (a milestone's due date, else its start date), with what
 * a calendar client needs to update it in place (version → SEQUENCE, updatedAt → DTSTAMP and LAST-MODIFIED).
 */
public record CalendarEntry(UUID itemId, String key, String title, boolean milestone, LocalDate day, String status,
                            long version, Instant updatedAt) {
}

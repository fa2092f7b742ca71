package io.worklane.api.application.resource;

import java.math.BigDecimal;

/** An allocation as a client wrote it: references as text (resource id, project id or key, item id or key). */
public record AllocationDraft(String resource, String project, String workItem, String from, String to,
                              Integer minutesPerWeek, BigDecimal percent, String note) {
}

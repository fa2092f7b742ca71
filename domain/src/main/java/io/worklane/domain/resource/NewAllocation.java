package io.worklane.domain.resource;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An allocation as a client wrote it, with its references already resolved in the workspace.
 *
 * @param workItemId null: the whole project
 */
public record NewAllocation(UUID resourceId, UUID projectId, UUID workItemId, String from, String to,
                            Integer minutesPerWeek, BigDecimal percent, String note) {
}

package io.worklane.api.application.bulk;

import io.worklane.domain.job.Job;
import java.util.List;
import java.util.UUID;

/**
 * What a bulk change did (or would do, for a dry run): a result per item, and whether its changes were kept
 * ({@code applied}: false for a dry run and for an atomic change with a refused item). A change of more items
 * than are answered at once is a job instead: {@code job} is set and {@code items} is empty.
 */
public record BulkOutcome(UUID bulkId, BulkRequest.Mode mode, boolean dryRun, boolean applied, int total,
                          List<ItemResult> items, Job job) {

    /**
     * One item's result: its version after the change (null once deleted), or why it was refused; {@code newKey}
     * is its key after a move to another project (null when the key did not change).
     */
    public record ItemResult(UUID id, String key, boolean succeeded, Long version, boolean deleted, String code,
                             String message, String newKey) {
    }

    public long succeeded() {
        return items.stream().filter(ItemResult::succeeded).count();
    }

    public long failed() {
        return items.size() - succeeded();
    }
}

package io.worklane.domain.imports;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: what imports keep (ADR 0071). Reads run on the pool (committed state: the rows a job's earlier steps
 * committed); writes in the session of the caller's transaction.
 */
public interface ImportStore {
    /** The work items that the given external ids of {@code source} were imported as, by external id. */
    Uni<Map<String, UUID>> itemsByExternalId(UUID workspaceId, String source, Collection<String> externalIds);

    /** Remembers that {@code externalId} of {@code source} was imported as {@code workItemId}. */
    Uni<Void> remember(UUID workspaceId, String source, String externalId, UUID workItemId, Instant at);

    /** Remembers many external ids of {@code source} (external id to item) in one statement. */
    Uni<Void> rememberAll(UUID workspaceId, String source, Map<String, UUID> workItems, Instant at);

    /** Keeps the mapped rows of an import job, one per step, in the caller's transaction. */
    Uni<Void> insertRows(UUID jobId, List<Map<String, Object>> rows);

    /** Step {@code position} of an import job. */
    Uni<Optional<Map<String, Object>>> row(UUID jobId, int position);

    /** Steps {@code from} to {@code from + count - 1} of an import job, in order, in one statement. */
    Uni<List<Map<String, Object>>> rows(UUID jobId, int from, int count);

    /** Members of the workspace by their e-mail address (lower case), for assignees given by e-mail. */
    Uni<Map<String, UUID>> membersByEmail(UUID workspaceId, Collection<String> emails);
}

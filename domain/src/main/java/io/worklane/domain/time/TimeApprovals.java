package io.worklane.domain.time;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Port: approved (locked) periods. */
public interface TimeApprovals {
    /**
     * Whether an approval locks this resource's {@code day}. Asked inside the transaction that then writes
     * the time, it holds the resource's time lock until that commits; {@link #insert} takes the same lock,
     * so no entry slips into a period while it is being approved.
     */
    Uni<Boolean> locks(UUID workspaceId, UUID resourceId, LocalDate day);

    Uni<Optional<TimeApproval>> find(UUID workspaceId, UUID id);

    Uni<Page<TimeApproval>> list(UUID workspaceId, PageRequest page);

    Uni<TimeApproval> insert(TimeApproval approval);

    Uni<Void> delete(UUID workspaceId, UUID id);
}

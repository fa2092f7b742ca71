package io.worklane.domain.planning;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.UUID;

/**
 * A link from one work item to another of the same workspace (projects may differ). RELATES_TO reads
 * both ways; "A DUPLICATES B" says A repeats B.
 */
public record Link(UUID id, UUID workspaceId, UUID sourceId, UUID targetId, LinkType type, long version,
                   Instant createdAt) {

    public static Link create(UUID workspaceId, UUID sourceId, UUID targetId, LinkType type, String sourceKey,
                              Instant now) {
        if (sourceId.equals(targetId)) {
            throw new DomainException(ErrorCode.LINK_SELF, sourceKey + " cannot be linked to itself.");
        }
        return new Link(Ids.newId(), workspaceId, sourceId, targetId, type == null ? LinkType.RELATES_TO : type, 0,
                now);
    }
}

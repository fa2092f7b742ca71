package io.worklane.persistence.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemRanks;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Ranks through the use case's session: the lock and the reads after it belong to its transaction. */
@ApplicationScoped
public class WorkItemRanksRepository implements WorkItemRanks {
    @Override
    public Uni<Void> lock(UUID projectId) {
        // the lock a creation's number counter (UPDATE projects) takes too, so creations wait as well
        return Writes.inSession(s -> s.createNativeQuery("SELECT 1 FROM projects WHERE id = :id FOR NO KEY UPDATE",
                Integer.class).setParameter("id", projectId).getResultList()).replaceWithVoid();
    }

    @Override
    public Uni<String> rankOf(UUID itemId) {
        return Writes.inSession(s -> s.createNativeQuery("SELECT rank FROM work_items WHERE id = :id", String.class)
                .setParameter("id", itemId).getSingleResult());
    }

    @Override
    public Uni<String> next(UUID projectId, String rank, boolean below, UUID moving) {
        String query = "SELECT rank FROM work_items WHERE project_id = :p AND id <> :m AND rank "
                + (below ? "< :r ORDER BY rank DESC" : "> :r ORDER BY rank") + " LIMIT 1";
        return Writes.inSession(s -> s.createNativeQuery(query, String.class).setParameter("p", projectId)
                .setParameter("m", moving).setParameter("r", rank).getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    @Override
    public Uni<WorkItem> move(WorkItem item, String rank, Instant at) {
        // a statement, not the entity: the rank is no field of WorkItem, and the version check is the same
        return Writes.inSession(s -> s.createNativeQuery("UPDATE work_items SET rank = :r, version = version + 1,"
                        + " updated_at = :at WHERE id = :id AND workspace_id = :ws AND version = :v RETURNING version",
                        Long.class).setParameter("r", rank).setParameter("at", at.atOffset(ZoneOffset.UTC))
                .setParameter("id", item.id()).setParameter("ws", item.workspaceId()).setParameter("v", item.version())
                .getResultList())
                .map(versions -> {
                    if (versions.isEmpty()) {
                        throw Writes.conflict("Work item " + item.key(), item.version());
                    }
                    return item.touched(versions.get(0), at);
                });
    }
}

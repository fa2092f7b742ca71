package io.worklane.persistence.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Writes;
import java.time.ZoneOffset;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Moves a work item's row to another project (ADR 0082) through the use case's session. One statement changes
 * the project, number, state, values and rank together: the rank (unique per project) goes to the end of the
 * target's order in the same statement that changes the project, which the entity cannot do (the rank is no
 * field of it). The old key is kept, and the item's own allocations follow it; its time entries and expenses
 * stay booked where they were spent. The session's copy of the row is refreshed afterwards.
 */
final class WorkItemRelocation {
    private static final String MOVE = "UPDATE work_items SET project_id = :p, number = :n, status = :s,"
            + " custom_fields = CAST(CAST(:cf AS text) AS jsonb), phase_id = NULL, completed_at = CAST(CAST(:done AS text) AS timestamptz), updated_at = :at,"
            + " version = version + 1,"
            + " rank = worklane_rank_after((SELECT max(rank) FROM work_items WHERE project_id = :p))"
            + " WHERE id = :id AND workspace_id = :ws AND version = :v";
    private static final String KEEP_KEY = "INSERT INTO work_item_key_history"
            + " (workspace_id, project_id, number, work_item_id, moved_at) VALUES (:ws, :p, :n, :id, :at)";
    private static final String ALLOCATIONS = "UPDATE allocations SET project_id = :p WHERE work_item_id = :id";

    private WorkItemRelocation() {
    }

    static Uni<WorkItem> relocate(WorkItem before, WorkItem moved) {
        return Writes.inSession(s -> s.find(WorkItemEntity.class, moved.id())
                .onItem().ifNull().failWith(() -> DomainException.notFound(ErrorCode.WORK_ITEM_NOT_FOUND, "Work item",
                        before.key()))
                .invoke(e -> Writes.checkVersion(e.version, before.version(), "Work item " + before.key()))
                .call(e -> s.flush())
                .call(e -> row(s, moved))
                .call(e -> statement(s, KEEP_KEY).setParameter("ws", before.workspaceId())
                        .setParameter("p", before.projectId()).setParameter("n", before.number())
                        .setParameter("id", before.id()).setParameter("at", moved.updatedAt().atOffset(ZoneOffset.UTC))
                        .executeUpdate())
                .call(e -> statement(s, ALLOCATIONS).setParameter("p", moved.projectId())
                        .setParameter("id", moved.id()).executeUpdate())
                .call(e -> s.refresh(e))
                .map(e -> WorkItemMapping.fromEntity(e, moved.projectKey())));
    }

    private static Uni<Void> row(Mutiny.Session s, WorkItem moved) {
        return statement(s, MOVE).setParameter("p", moved.projectId()).setParameter("n", moved.number())
                .setParameter("s", moved.status()).setParameter("cf", Json.write(moved.customFields()))
                .setParameter("done", moved.completedAt() == null ? null : moved.completedAt().toString())
                .setParameter("at", moved.updatedAt().atOffset(ZoneOffset.UTC)).setParameter("id", moved.id())
                .setParameter("ws", moved.workspaceId()).setParameter("v", moved.version())
                .executeUpdate()
                .invoke(rows -> {
                    if (rows == 0) {
                        throw Writes.conflict("Work item " + moved.key(), moved.version());
                    }
                })
                .replaceWithVoid();
    }

    private static Mutiny.Query<Object> statement(Mutiny.Session s, String sql) {
        return Writes.nativeQuery(s, sql);
    }
}

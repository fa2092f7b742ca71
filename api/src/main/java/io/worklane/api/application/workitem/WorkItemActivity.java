package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.activity.ActivityDiff;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.ActivityLog;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Records what happened to a work item in its history, inside the calling use case's transaction, as
 * the caller (member or API key). Every use case that changes a work item calls one of these.
 */
@ApplicationScoped
public class WorkItemActivity {
    private final ActivityLog log;

    public WorkItemActivity(ActivityLog log) {
        this.log = log;
    }

    public Uni<Void> created(Caller caller, WorkItem item) {
        return log.record(List.of(ActivityEntry.created(item, caller.actorIn(item.workspaceId()), item.createdAt())));
    }

    /** One entry per field that differs between the two versions; nothing when none does. */
    public Uni<Void> changed(Caller caller, WorkItem before, WorkItem after, Instant at) {
        return log.record(ActivityDiff.between(before, after, caller.actorIn(after.workspaceId()), at));
    }

    public Uni<Void> deleted(Caller caller, WorkItem item, Instant at) {
        return log.record(List.of(ActivityEntry.deleted(item, caller.actorIn(item.workspaceId()), at)));
    }
}

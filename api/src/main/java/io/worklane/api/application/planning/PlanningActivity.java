package io.worklane.api.application.planning;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.activity.ActivityEntry;
import io.worklane.domain.activity.ActivityLog;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Dependencies and links in the history of both their items: the successor records a change of
 * "predecessors", the predecessor of "successors"; a link records "links" on both ends.
 */
@ApplicationScoped
public class PlanningActivity {
    private final ActivityLog log;

    public PlanningActivity(ActivityLog log) {
        this.log = log;
    }

    Uni<Void> dependencyAdded(Caller caller, Related.Shown s) {
        return dependency(caller, s, s.dependency().createdAt(), true);
    }

    Uni<Void> dependencyRemoved(Caller caller, Related.Shown s, Instant at) {
        return dependency(caller, s, at, false);
    }

    Uni<Void> linkAdded(Caller caller, Related.Linked l, WorkItem source) {
        return link(caller, l, source, l.link().createdAt(), true);
    }

    Uni<Void> linkRemoved(Caller caller, Related.Linked l, WorkItem source, Instant at) {
        return link(caller, l, source, at, false);
    }

    private Uni<Void> dependency(Caller caller, Related.Shown s, Instant at, boolean added) {
        String type = s.dependency().type().name();
        int lag = s.dependency().lagDays();
        return log.record(List.of(
                entry(caller, s.successor(), at, "predecessors", PlanningData.end(s.predecessor(), type, lag), added),
                entry(caller, s.predecessor(), at, "successors", PlanningData.end(s.successor(), type, lag), added)));
    }

    private Uni<Void> link(Caller caller, Related.Linked l, WorkItem source, Instant at, boolean added) {
        String type = l.link().type().name();
        return log.record(List.of(entry(caller, source, at, "links", PlanningData.end(l.other(), type, null), added),
                entry(caller, l.other(), at, "links", PlanningData.end(source, type, null), added)));
    }

    private static ActivityEntry entry(Caller caller, WorkItem item, Instant at, String field, Object value,
                                       boolean added) {
        Actor actor = caller.actorIn(item.workspaceId());
        return new ActivityEntry(Ids.newId(), item.workspaceId(), item.id(), at, actor, field, added ? null : value,
                added ? value : null);
    }
}

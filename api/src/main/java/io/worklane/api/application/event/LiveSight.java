package io.worklane.api.application.event;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectSight;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.event.StoredEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one live subscriber sees of the workspace's projects, kept current (ADR 0085): read when it subscribes, and
 * read again when an event that may change it passes through its stream (a membership, a team's members, a project
 * created, changed — its visibility — or deleted), before that event is judged. A removed member thus stops
 * receiving the project's events, and a project made PRIVATE is hidden, without resubscribing. Events of a stream
 * pass one at a time, so the sight is never read twice at once.
 */
final class LiveSight {
    private static final Set<String> CHANGES_SIGHT = Set.of("project.created", "project.updated",
            "project.deleted", "project.member_added", "project.member_updated", "project.member_removed",
            "team.updated", "team.deleted", "team.member_added", "team.member_removed");
    private final ProjectAccess projectAccess;
    private final EventSight eventSight;
    private final Caller caller;
    private final UUID workspaceId;
    private final AtomicReference<ProjectSight> current;

    LiveSight(ProjectAccess projectAccess, EventSight eventSight, Caller caller, UUID workspaceId, ProjectSight first) {
        this.projectAccess = projectAccess;
        this.eventSight = eventSight;
        this.caller = caller;
        this.workspaceId = workspaceId;
        this.current = new AtomicReference<>(first);
    }

    /** Whether the event may change what a subscriber sees (it is then passed to {@link #judge} whatever it filters). */
    static boolean changesSight(StoredEvent e) {
        return CHANGES_SIGHT.contains(e.type());
    }

    /** The stream's events as the subscriber may see them, one at a time in order. */
    Multi<StoredEvent> shown(Multi<StoredEvent> events) {
        return events.onItem().transformToUniAndConcatenate(this::judge).onItem().transformToIterable(kept -> kept);
    }

    /** The event as the subscriber may see it: none, or it (a portfolio's without the hidden projects). */
    Uni<List<StoredEvent>> judge(StoredEvent e) {
        Uni<ProjectSight> sight = changesSight(e)
                ? projectAccess.fresh(caller, workspaceId).invoke(current::set)
                : Uni.createFrom().item(current.get());
        return sight.chain(s -> eventSight.visible(s, workspaceId, List.of(e)));
    }
}

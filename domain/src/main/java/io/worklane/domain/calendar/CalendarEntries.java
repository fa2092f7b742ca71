package io.worklane.domain.calendar;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Port: the work items a feed shows, by day, at most {@code limit} of them, earliest first. */
public interface CalendarEntries {

    /** Items assigned to the member, and every milestone of the workspace, dated within the window. */
    Uni<List<CalendarEntry>> forMember(UUID workspaceId, UUID memberId, FeedWindow window, int limit);

    /** The project's items with a due date, and its milestones, dated within the window. */
    Uni<List<CalendarEntry>> forProject(UUID workspaceId, UUID projectId, FeedWindow window, int limit);
}

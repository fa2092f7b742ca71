package io.worklane.api.rest.workitem;

import io.worklane.api.application.planning.ItemPlans;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workitem.Comment;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.CommentList;
import io.worklane.openapi.model.DependencyType;
import io.worklane.openapi.model.ScheduleConflict;
import io.worklane.openapi.model.Priority;
import io.worklane.openapi.model.WorkItemList;
import io.worklane.openapi.model.WorkItemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Domain → REST models for work items and comments. */
public final class WorkItemDtos {
    private WorkItemDtos() {
    }

    static io.worklane.openapi.model.WorkItem of(WorkItem w, WorkItemQueries.Shown shown) {
        ItemPlans.ItemPlan plan = shown.plan(w.id());
        return of(w, shown.parentKeys()).blocked(plan.blocked())
                .scheduleConflicts(plan.conflicts().stream().map(WorkItemDtos::conflict).toList());
    }

    static ScheduleConflict conflict(io.worklane.domain.planning.ScheduleConflict c) {
        return new ScheduleConflict().dependencyId(c.dependencyId()).predecessor(c.predecessorKey())
                .type(DependencyType.fromValue(c.type().name())).lagDays(c.lagDays()).days(c.days())
                .earliest(c.earliest());
    }

    private static io.worklane.openapi.model.WorkItem of(WorkItem w, Map<UUID, String> parentKeys) {
        return new io.worklane.openapi.model.WorkItem().id(w.id()).key(w.key()).number(w.number())
                .projectId(w.projectId()).projectKey(w.projectKey()).type(WorkItemType.fromValue(w.type().name()))
                .title(w.title()).description(w.description()).status(w.status())
                .priority(Priority.fromValue(w.priority().name())).assigneeIds(new ArrayList<>(w.assigneeIds()))
                .reporterId(w.reporterId()).parentId(w.parentId())
                .parentKey(w.parentId() == null ? null : parentKeys.get(w.parentId()))
                .startDate(w.startDate()).dueDate(w.dueDate()).estimateMinutes(w.estimateMinutes())
                .startNoEarlierThan(w.startNoEarlierThan()).finishNoLaterThan(w.finishNoLaterThan()).phaseId(w.phaseId()).teamId(w.teamId())
                .labels(new ArrayList<>(w.labels())).customFields(new LinkedHashMap<>(w.customFields()))
                .version(w.version()).createdAt(Dates.utc(w.createdAt())).updatedAt(Dates.utc(w.updatedAt()))
                .completedAt(Dates.utc(w.completedAt()));
    }

    public static WorkItemList of(Page<WorkItem> page, WorkItemQueries.Shown shown) {
        return new WorkItemList().items(page.items().stream().map(w -> of(w, shown)).toList())
                .nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.Comment of(Comment c) {
        return new io.worklane.openapi.model.Comment().id(c.id()).workItemId(c.workItemId()).body(c.body())
                .author(new Actor().kind(ActorKind.fromValue(c.author().kind().name())).id(c.author().id())
                        .name(c.author().name()))
                .edited(c.edited()).version(c.version()).createdAt(Dates.utc(c.createdAt())).updatedAt(Dates.utc(c.updatedAt()));
    }

    static CommentList comments(Page<Comment> page) {
        return new CommentList().items(page.items().stream().map(WorkItemDtos::of).toList())
                .nextCursor(page.nextCursor());
    }
}

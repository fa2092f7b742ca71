package io.worklane.api.application.workitem;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.Comment;
import io.worklane.domain.workitem.Comments;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** Use cases of comments on work items. */
@ApplicationScoped
public class CommentService {
    private final Comments comments;
    private final WorkItems workItems;
    private final Access access;
    private final Events events;
    private final Now now;

    public CommentService(Comments comments, WorkItems workItems, Access access, Events events, Now now) {
        this.comments = comments;
        this.workItems = workItems;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<Comment> create(Caller caller, String wsRef, String itemRef, String body) {
        return onItem(caller, wsRef, itemRef, Scope.WORK_ITEMS_WRITE, item -> comments
                .insert(Comment.write(item.workspaceId(), item.id(), body, caller.actorIn(item.workspaceId()), now.instant()))
                .call(c -> events.record("comment.created", c.workspaceId(), c.id(), caller, c.createdAt(),
                        WorkItemData.of(c), null)));
    }

    public Uni<Comment> get(Caller caller, String wsRef, String itemRef, String id) {
        return onItem(caller, wsRef, itemRef, Scope.WORK_ITEMS_READ, item -> load(item, id));
    }

    public Uni<Page<Comment>> list(Caller caller, String wsRef, String itemRef, PageRequest page) {
        return onItem(caller, wsRef, itemRef, Scope.WORK_ITEMS_READ, item -> comments.list(item.workspaceId(), item.id(), page));
    }

    @WithTransaction
    public Uni<Comment> edit(Caller caller, String wsRef, String itemRef, String id, Long expectedVersion,
                             String body) {
        return onItem(caller, wsRef, itemRef, Scope.WORK_ITEMS_WRITE, item -> load(item, id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Comment " + current.id());
            Comment changed = current.edit(body, now.instant());
            return comments.update(changed, current.body()).call(saved -> events.record("comment.updated",
                    saved.workspaceId(), saved.id(), caller, saved.updatedAt(), WorkItemData.of(saved),
                    WorkItemData.of(current)));
        }));
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, String wsRef, String itemRef, String id, Long expectedVersion) {
        return onItem(caller, wsRef, itemRef, Scope.WORK_ITEMS_WRITE, item -> load(item, id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Comment " + current.id());
            return comments.delete(item.workspaceId(), current.id(), current.version())
                    .call(() -> events.record("comment.deleted", item.workspaceId(), current.id(), caller,
                            now.instant(), WorkItemData.of(current), null));
        }));
    }

    private <T> Uni<T> onItem(Caller caller, String wsRef, String itemRef, Scope scope,
                              Function<WorkItem, Uni<T>> work) {
        return access.workspace(caller, wsRef, scope)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(item -> work.apply(item));
    }

    private Uni<Comment> load(WorkItem item, String id) {
        UUID commentId = Ids.parseOrNull(id);
        return (commentId == null ? Uni.createFrom().item(java.util.Optional.<Comment>empty())
                : comments.find(item.workspaceId(), item.id(), commentId))
                .map(c -> c.orElseThrow(() -> DomainException.notFound(ErrorCode.COMMENT_NOT_FOUND, "Comment", id)));
    }
}

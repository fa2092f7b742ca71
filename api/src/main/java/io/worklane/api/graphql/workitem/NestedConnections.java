package io.worklane.api.graphql.workitem;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The connections below a work item (ADR 0072): its comments and its children, oldest first. */
public final class NestedConnections {
    static final String SORT = "createdAt";

    private NestedConnections() {
    }

    @Type("CommentEdge")
    @Description("A comment and its cursor.")
    public record CommentEdge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                              @NonNull @Description("The comment.") Comment node) {
    }

    @Type("CommentConnection")
    @Description("A work item's comments, oldest first.")
    public record CommentConnection(@NonNull @Description("This page.") List<@NonNull CommentEdge> edges,
                                    @NonNull @Description("Whether there are more, and the cursor to ask for them with"
                                            + " after:.") PageInfo pageInfo) {
        static CommentConnection of(Page<io.worklane.domain.workitem.Comment> page) {
            return Paging.connection(page, c -> Paging.cursor(SORT, Paging.timestamp(c.createdAt()),
                    c.id()), (cursor, c) -> new CommentEdge(cursor, new Comment(c)), CommentConnection::new);
        }
    }

    @Type("ChildItemConnection")
    @Description("The items directly below a work item, oldest first.")
    public record ChildItemConnection(@NonNull @Description("This page.") List<@NonNull WorkItemEdge> edges,
                                      @NonNull @Description("Whether there are more, and the cursor to ask for them "
                                              + "with after:.") PageInfo pageInfo) {
        static ChildItemConnection of(Page<io.worklane.domain.workitem.WorkItem> page) {
            return Paging.connection(page, w -> Paging.cursor(SORT, Paging.timestamp(w.createdAt()),
                    w.id()), (cursor, w) -> new WorkItemEdge(cursor, new WorkItem(w)), ChildItemConnection::new);
        }
    }
}

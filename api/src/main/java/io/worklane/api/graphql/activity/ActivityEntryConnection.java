package io.worklane.api.graphql.activity;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A work item's history, oldest first. */
@Description("A page of a work item's history entries, oldest first.")
public record ActivityEntryConnection(@Description("This page.") @NonNull List<@NonNull ActivityEntryEdge> edges,
                                      @Description("Whether there are more, and the cursor to ask for "
                                              + "them with after:.")
                                      @NonNull PageInfo pageInfo) {
    static final String SORT = "occurredAt";

    static ActivityEntryConnection of(Page<io.worklane.domain.activity.ActivityEntry> page) {
        return Paging.connection(page,
                e -> Paging.cursor(SORT, Paging.timestamp(e.occurredAt()), e.id()),
                (cursor, e) -> new ActivityEntryEdge(cursor, new ActivityEntry(e)), ActivityEntryConnection::new);
    }
}

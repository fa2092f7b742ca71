package io.worklane.api.graphql.notification;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person's notifications, newest first.")
public record NotificationConnection(@Description("This page of notifications, in the list's order.")
                                     @NonNull List<@NonNull NotificationEdge> edges,
                                     @Description("Whether there are more, and the cursor to ask for "
                                             + "them with after:.")
                                     @NonNull PageInfo pageInfo) {
    public static final String SORT = "-createdAt";

    public static NotificationConnection of(Page<io.worklane.domain.notification.Notification> page) {
        return Paging.connection(page,
                n -> Paging.cursor(SORT, Paging.timestamp(n.createdAt()), n.id()),
                (cursor, n) -> new NotificationEdge(cursor, new Notification(n)), NotificationConnection::new);
    }
}

package io.worklane.api.graphql.audit;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Audit events, oldest first. */
@Description("A page of the workspace's audit events, oldest first.")
public record AuditEventConnection(@Description("This page.") @NonNull List<@NonNull AuditEventEdge> edges,
                                   @Description("Whether there are more, and the cursor to ask for them "
                                           + "with after:.")
                                   @NonNull PageInfo pageInfo) {
    static final String SORT = "occurredAt";

    static AuditEventConnection of(Page<io.worklane.domain.audit.AuditEvent> page) {
        return Paging.connection(page,
                e -> Paging.cursor(SORT, Paging.timestamp(e.occurredAt()), e.id()),
                (cursor, e) -> new AuditEventEdge(cursor, new AuditEvent(e)), AuditEventConnection::new);
    }
}

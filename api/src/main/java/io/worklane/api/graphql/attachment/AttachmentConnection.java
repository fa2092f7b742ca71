package io.worklane.api.graphql.attachment;

import io.worklane.api.application.attachment.AttachmentView;
import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A work item's attachments, oldest first.")
public record AttachmentConnection(@Description("This page of attachments, in the list's order.")
                                   @NonNull List<@NonNull AttachmentEdge> edges,
                                   @Description("Whether there are more, and the cursor to ask for them "
                                           + "with after:.")
                                   @NonNull PageInfo pageInfo) {
    static final String SORT = "createdAt";

    static AttachmentConnection of(Page<AttachmentView> page) {
        return Paging.connection(page,
                v -> Paging.cursor(SORT, Paging.timestamp(v.attachment().createdAt()), v.attachment().id()),
                (cursor, v) -> new AttachmentEdge(cursor, new Attachment(v)), AttachmentConnection::new);
    }
}

package io.worklane.api.graphql.attachment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.attachment.AttachmentService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Deleting attachments. Uploading is REST's (multipart): GraphQL has no standard for files. */
@GraphQLApi
@Authenticated
public class AttachmentMutations {
    private final AttachmentService attachments;
    private final CurrentCaller caller;

    public AttachmentMutations(AttachmentService attachments, CurrentCaller caller) {
        this.attachments = attachments;
        this.caller = caller;
    }

    @Mutation("deleteAttachment")
    @Description("Deletes an attachment; its download links stop working at once and its bytes are removed shortly"
            + " after. Emits attachment.deleted. Needs work_items:write.")
    public Uni<DeletePayload> deleteAttachment(@Name("input") @NonNull DeleteAttachmentInput in) {
        return Uni.createFrom().deferred(() -> attachments.delete(caller.get(), in.workspace, in.workItem, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }
}

package io.worklane.api.graphql.attachment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Which attachment to delete.")
@Input("DeleteAttachmentInput")
public class DeleteAttachmentInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The work item's key or id.")
    public String workItem;
    @NonNull
    @Description("The attachment's id.")
    public String id;
    @Description("The version read (always 0 for attachments); CONFLICT when it differs.")
    public Integer expectedVersion;
}

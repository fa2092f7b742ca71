package io.worklane.api.graphql.attachment;

import io.worklane.api.application.attachment.AttachmentView;
import io.worklane.api.graphql.workitem.Actor;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A file attached to a work item or to one of its comments. Upload it with REST (multipart: POST"
        + " …/work-items/{id}/attachments); read its bytes through downloadUrl, a short-lived signed link.")
public class Attachment {
    @Ignore
    private final AttachmentView view;

    public Attachment(AttachmentView view) {
        this.view = view;
    }

    @Description("The attachment's id.")
    @Id
    @NonNull
    public String getId() {
        return view.attachment().id().toString();
    }

    @NonNull
    @Description("The work item the file belongs to.")
    public String getWorkItemId() {
        return view.attachment().workItemId().toString();
    }

    @Description("The comment the file is attached to, if it is attached to one.")
    public String getCommentId() {
        return view.attachment().commentId() == null ? null : view.attachment().commentId().toString();
    }

    @NonNull
    @Description("The sanitised name the file was uploaded with.")
    public String getFileName() {
        return view.attachment().fileName();
    }

    @NonNull
    @Description("The content type detected from the bytes (never the one the client claimed).")
    public String getContentType() {
        return view.attachment().contentType();
    }

    @Description("The content type the client declared, for the record only.")
    public String getDeclaredType() {
        return view.attachment().declaredType();
    }

    @NonNull
    @Description("Size in bytes.")
    public Long getSizeBytes() {
        return view.attachment().sizeBytes();
    }

    @NonNull
    @Description("Hex SHA-256 of the bytes.")
    public String getSha256() {
        return view.attachment().sha256();
    }

    @NonNull
    @Description("Who uploaded the file.")
    public Actor getUploadedBy() {
        return Actor.of(view.attachment().uploadedBy());
    }

    @Description("Attachments are not edited: always 0 (pass it as expectedVersion to deleteAttachment).")
    public int getVersion() {
        return (int) view.attachment().version();
    }

    @NonNull
    @Description("ISO-8601")
    public Instant getCreatedAt() {
        return view.attachment().createdAt();
    }

    @NonNull
    @Description("A signed link to the bytes, usable without a credential until downloadUrlExpiresAt; served as a"
            + " download (Content-Disposition: attachment, nosniff).")
    public String getDownloadUrl() {
        return view.downloadUrl();
    }

    @NonNull
    @Description("When downloadUrl stops working (ISO-8601); read the attachment again for a fresh one.")
    public Instant getDownloadUrlExpiresAt() {
        return view.downloadUrlExpiresAt();
    }
}

package io.worklane.domain.attachment;

import io.worklane.domain.shared.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a work item, or to one of its comments ({@code commentId}). Its content type is
 * the one detected from its bytes ({@code declaredType} is what the client claimed, kept for the
 * record); its bytes live in the store under {@code storageKey}. Attachments are not edited: a new
 * version of a file is a new attachment, so {@code version} stays 0 (it is still the ETag).
 */
public record Attachment(UUID id, UUID workspaceId, UUID workItemId, UUID commentId, String fileName,
                         String contentType, String declaredType, long sizeBytes, String sha256, String storageKey,
                         Actor uploadedBy, long version, Instant createdAt) {

    /** Where the bytes of a new attachment go: under its workspace, so a workspace's files are one prefix. */
    public static String storageKeyOf(UUID workspaceId, UUID attachmentId) {
        return workspaceId + "/" + attachmentId;
    }
}

package io.worklane.api.application.attachment;

import io.worklane.domain.attachment.Attachment;
import java.time.Instant;

/** An attachment as the APIs show it: with its item's key and a download link signed just now. */
public record AttachmentView(Attachment attachment, String workItemKey, String downloadUrl, Instant downloadUrlExpiresAt) {
}

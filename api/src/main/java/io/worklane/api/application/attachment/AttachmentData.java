package io.worklane.api.application.attachment;

import io.worklane.domain.attachment.Attachment;
import java.util.LinkedHashMap;
import java.util.Map;

/** Event payloads of attachments: what the API shows, without links (they expire; events are kept). */
final class AttachmentData {
    private AttachmentData() {
    }

    static Map<String, Object> of(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("workItemId", a.workItemId().toString());
        m.put("commentId", a.commentId() == null ? null : a.commentId().toString());
        m.put("fileName", a.fileName());
        m.put("contentType", a.contentType());
        m.put("sizeBytes", a.sizeBytes());
        m.put("sha256", a.sha256());
        return m;
    }
}

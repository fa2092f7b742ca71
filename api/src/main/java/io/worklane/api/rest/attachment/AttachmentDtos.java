package io.worklane.api.rest.attachment;

import io.worklane.api.application.attachment.AttachmentView;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.attachment.Attachment;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.AttachmentList;
import java.net.URI;

/** Domain → REST models of attachments. */
final class AttachmentDtos {
    private AttachmentDtos() {
    }

    static io.worklane.openapi.model.Attachment of(AttachmentView v) {
        Attachment a = v.attachment();
        return new io.worklane.openapi.model.Attachment().id(a.id()).workItemId(a.workItemId())
                .workItemKey(v.workItemKey()).commentId(a.commentId()).fileName(a.fileName())
                .contentType(a.contentType()).declaredType(a.declaredType()).sizeBytes(a.sizeBytes())
                .sha256(a.sha256()).uploadedBy(new Actor().kind(ActorKind.fromValue(a.uploadedBy().kind().name()))
                        .id(a.uploadedBy().id()).name(a.uploadedBy().name()))
                .version(a.version()).createdAt(Dates.utc(a.createdAt())).downloadUrl(URI.create(v.downloadUrl()))
                .downloadUrlExpiresAt(Dates.utc(v.downloadUrlExpiresAt()));
    }

    static AttachmentList list(Page<AttachmentView> page) {
        return new AttachmentList().items(page.items().stream().map(AttachmentDtos::of).toList())
                .nextCursor(page.nextCursor());
    }
}

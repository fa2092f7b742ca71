package io.worklane.api.application.attachment;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemLookup;
import io.worklane.api.config.AttachmentsConfig;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.attachment.Attachment;
import io.worklane.domain.attachment.Attachments;
import io.worklane.domain.attachment.FileName;
import io.worklane.domain.attachment.UploadLimits;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.Comments;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases of attachments: check an upload, record it (one transaction with its event), read, delete. */
@ApplicationScoped
public class AttachmentService {
    private final Attachments attachments;
    private final WorkItems workItems;
    private final Comments comments;
    private final DownloadLinks links;
    private final AttachmentsConfig config;
    private final Access access;
    private final Events events;
    private final Now now;

    public AttachmentService(Attachments attachments, WorkItems workItems, Comments comments, DownloadLinks links,
                             AttachmentsConfig config, Access access, Events events, Now now) {
        this.attachments = attachments;
        this.workItems = workItems;
        this.comments = comments;
        this.links = links;
        this.config = config;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    /** Everything that can refuse an upload before its bytes are stored: rights, item, comment, size and quota. */
    public Uni<WorkItem> check(Caller caller, String wsRef, String itemRef, Upload upload) {
        limits().check(upload.size(), 0);
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_WRITE)
                .call(item -> comment(item, upload.commentId()))
                .call(item -> attachments.usedBytes(item.workspaceId())
                        .invoke(used -> limits().check(upload.size(), used)));
    }

    /** The attachment whose bytes are stored under {@code storageKey}, saved with its event. */
    @WithTransaction
    public Uni<AttachmentView> record(Caller caller, String wsRef, String itemRef, Upload upload, UUID id) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_WRITE).call(item -> comment(item, upload.commentId()))
                .chain(item -> attachments.insert(new Attachment(id, item.workspaceId(), item.id(), upload.commentId(),
                                FileName.sanitise(upload.fileName()), upload.contentType(), declared(upload),
                                upload.size(), upload.sha256(), Attachment.storageKeyOf(item.workspaceId(), id),
                                caller.actorIn(item.workspaceId()), 0, now.instant()), config.workspaceQuotaBytes())
                        .call(a -> events.record("attachment.created", a.workspaceId(), a.id(), caller, a.createdAt(),
                                AttachmentData.of(a), null))
                        .chain(a -> links.view(a, item.key())));
    }

    public Uni<AttachmentView> get(Caller caller, String wsRef, String itemRef, String id) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_READ)
                .chain(item -> load(item, id).chain(a -> links.view(a, item.key())));
    }

    public Uni<Page<AttachmentView>> list(Caller caller, String wsRef, String itemRef, UUID commentId,
                                          PageRequest page) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_READ).chain(item -> attachments
                .list(item.workspaceId(), item.id(), commentId, page)
                .chain(found -> links.views(found.items(), a -> item.key())
                        .map(views -> new Page<>(views, found.nextCursor()))));
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, String wsRef, String itemRef, String id, Long expectedVersion) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_WRITE).chain(item -> load(item, id).chain(a -> {
            ExpectedVersion.check(expectedVersion, a.version(), "Attachment " + a.id());
            return attachments.delete(a.workspaceId(), a.id())
                    .call(() -> events.record("attachment.deleted", a.workspaceId(), a.id(), caller, now.instant(),
                            AttachmentData.of(a), null));
        }));
    }

    /** The attachment a signed link names, if the link is good and, for a caller who sent a credential, visible. */
    public Uni<Attachment> download(Optional<Caller> caller, String token) {
        return links.target(token).chain(target -> target
                .filter(t -> caller.map(c -> c.maySee(t.workspaceId())).orElse(true))
                .map(t -> attachments.find(t.workspaceId(), t.attachmentId()))
                .orElse(Uni.createFrom().item(Optional.empty())))
                .map(found -> found.orElseThrow(() -> new DomainException(ErrorCode.LINK_NOT_VALID, "This download link"
                        + " is not valid: it was altered, its time is up, or its attachment is gone. Get a fresh link"
                        + " from GET …/work-items/{id}/attachments/{attachmentId}.")));
    }

    UploadLimits limits() {
        return new UploadLimits(config.maxBytes(), config.workspaceQuotaBytes());
    }

    private Uni<WorkItem> item(Caller caller, String wsRef, String itemRef, Scope scope) {
        return access.workspace(caller, wsRef, scope).chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef));
    }

    private Uni<Void> comment(WorkItem item, UUID commentId) {
        if (commentId == null) {
            return Uni.createFrom().voidItem();
        }
        return comments.find(item.workspaceId(), item.id(), commentId).invoke(found -> {
            if (found.isEmpty()) {
                throw DomainException.validation(List.of(new FieldError("comment", "UNKNOWN_COMMENT",
                        "'" + commentId + "' is not a comment of " + item.key())));
            }
        }).replaceWithVoid();
    }

    private Uni<Attachment> load(WorkItem item, String id) {
        UUID attachmentId = Ids.parseOrNull(id);
        return (attachmentId == null ? Uni.createFrom().item(Optional.<Attachment>empty())
                : attachments.find(item.workspaceId(), attachmentId))
                .map(found -> found.filter(a -> a.workItemId().equals(item.id()))
                        .orElseThrow(() -> DomainException.notFound(ErrorCode.ATTACHMENT_NOT_FOUND, "Attachment", id)));
    }

    private static String declared(Upload upload) {
        String type = upload.declaredType();
        return type == null || type.isBlank() ? null : type.length() > 255 ? type.substring(0, 255) : type;
    }
}

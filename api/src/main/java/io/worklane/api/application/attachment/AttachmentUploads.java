package io.worklane.api.application.attachment;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.attachment.Attachment;
import io.worklane.domain.attachment.BlobStore;
import io.worklane.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An upload from disk to the store to its row: the bytes are inspected and stored off the event loop,
 * then the row and its event are written in one transaction. If that transaction fails, the stored bytes
 * are removed again, so a refused upload leaves nothing behind.
 */
@ApplicationScoped
public class AttachmentUploads {
    private static final Logger LOG = Logger.getLogger(AttachmentUploads.class);
    private final AttachmentService service;
    private final BlobStore store;
    private final OffTheEventLoop blocking;

    public AttachmentUploads(AttachmentService service, BlobStore store, OffTheEventLoop blocking) {
        this.service = service;
        this.store = store;
        this.blocking = blocking;
    }

    /** Reads what the bytes are (type, digest) from the temporary file the multipart body was written to. */
    public Uni<Upload> inspect(String fileName, String declaredType, Path file, long size, UUID commentId) {
        return blocking.run(() -> new Upload(fileName, declaredType, file, size, commentId,
                ContentInspection.sha256(file), ContentInspection.contentType(file)));
    }

    public Uni<AttachmentView> upload(Caller caller, String wsRef, String itemRef, Upload upload) {
        UUID id = Ids.newId();
        return service.check(caller, wsRef, itemRef, upload)
                .chain(item -> blocking.run(() -> {
                    String key = Attachment.storageKeyOf(item.workspaceId(), id);
                    store.put(key, upload.file(), upload.size(), upload.contentType());
                    return key;
                }))
                .chain(key -> service.record(caller, wsRef, itemRef, upload, id)
                        .onFailure().call(e -> forget(key)));
    }

    private Uni<Void> forget(String key) {
        return blocking.run(() -> {
            store.delete(key);
            return null;
        }).onFailure().invoke(e -> LOG.warnf("Could not remove the bytes of a refused upload (%s): %s", key,
                e.toString())).onFailure().recoverWithNull().replaceWithVoid();
    }
}

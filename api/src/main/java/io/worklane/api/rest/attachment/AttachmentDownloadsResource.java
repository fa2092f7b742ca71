package io.worklane.api.rest.attachment;

import io.smallrye.common.annotation.Blocking;
import io.worklane.api.application.attachment.AttachmentService;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.attachment.Attachment;
import io.worklane.domain.attachment.BlobStore;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.openapi.api.AttachmentDownloadsApi;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The bytes behind a signed link. Open without a credential (the link is one); never rendered inline:
 * Content-Disposition attachment, nosniff, the detected type. Blocking: the bytes are streamed from the
 * store on a worker thread.
 */
@PermitAll
public class AttachmentDownloadsResource implements AttachmentDownloadsApi {
    private static final Duration LOOKUP = Duration.ofSeconds(30);
    private final AttachmentService service;
    private final BlobStore store;
    private final CurrentCaller caller;

    public AttachmentDownloadsResource(AttachmentService service, BlobStore store, CurrentCaller caller) {
        this.service = service;
        this.store = store;
        this.caller = caller;
    }

    @Override
    @Blocking
    public CompletionStage<Response> downloadAttachment(String token) {
        Attachment a = service.download(caller.find(), token).await().atMost(LOOKUP);
        InputStream bytes = store.open(a.storageKey()).orElseThrow(() -> new DomainException(ErrorCode.LINK_NOT_VALID,
                "This attachment's bytes are gone. Get a fresh link from the attachment."));
        return CompletableFuture.completedFuture(Response.ok(bytes, a.contentType())
                .header("Content-Disposition", disposition(a.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", a.sizeBytes())
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build());
    }

    /** RFC 6266: an ASCII fallback name and the exact one in UTF-8 (RFC 8187). */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}

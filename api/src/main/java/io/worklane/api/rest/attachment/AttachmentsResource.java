package io.worklane.api.rest.attachment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.attachment.AttachmentService;
import io.worklane.api.application.attachment.AttachmentUploads;
import io.worklane.api.application.attachment.AttachmentView;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.AttachmentsApi;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Authenticated
public class AttachmentsResource implements AttachmentsApi {
    private final AttachmentService service;
    private final AttachmentUploads uploads;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public AttachmentsResource(AttachmentService service, AttachmentUploads uploads, CurrentCaller caller,
                               RestResponses responses) {
        this.service = service;
        this.uploads = uploads;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> uploadAttachment(String ws, String workItem, InputStream file,
                                                      String idempotencyKey, UUID comment) {
        closeQuietly(file);
        Caller c = caller.get();
        MultipartFile part = MultipartFile.named("file");
        return uploads.inspect(part.fileName(), part.declaredType(), part.path(), part.size(), comment)
                .subscribeAsCompletionStage()
                .thenCompose(upload -> responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws
                                + "/work-items/" + workItem + "/attachments", requestOf(upload.fileName(), upload.sha256(),
                                upload.size(), comment), () -> uploads.upload(c, ws, workItem, upload),
                        AttachmentDtos::of, AttachmentsResource::location));
    }

    @Override
    public CompletionStage<Response> listAttachments(String ws, String workItem, UUID comment, Integer limit,
                                                     String cursor) {
        return responses.list(service.list(caller.get(), ws, workItem, comment, Pages.of(limit, cursor, "createdAt")),
                AttachmentDtos::list);
    }

    @Override
    public CompletionStage<Response> getAttachment(String ws, String workItem, String attachmentId) {
        return responses.ok(service.get(caller.get(), ws, workItem, attachmentId), AttachmentDtos::of,
                v -> v.attachment().version());
    }

    @Override
    public CompletionStage<Response> deleteAttachment(String ws, String workItem, String attachmentId, String ifMatch) {
        return responses.noContent(Uni.createFrom().deferred(() -> service.delete(caller.get(), ws, workItem,
                attachmentId, Versions.ifMatch(ifMatch))));
    }

    /** What makes two uploads "the same request" for Idempotency-Key: the same bytes, name and comment. */
    private static Map<String, Object> requestOf(String fileName, String sha256, long size, UUID comment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fileName", fileName);
        m.put("sha256", sha256);
        m.put("size", size);
        m.put("comment", comment == null ? null : comment.toString());
        return m;
    }

    private static String location(AttachmentView v) {
        return "/api/v1/workspaces/" + v.attachment().workspaceId() + "/work-items/" + v.attachment().workItemId()
                + "/attachments/" + v.attachment().id();
    }

    private static void closeQuietly(InputStream in) {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // only the temporary file's handle; Quarkus removes the file when the request ends
        }
    }
}

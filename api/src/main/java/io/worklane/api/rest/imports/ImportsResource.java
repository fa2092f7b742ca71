package io.worklane.api.rest.imports;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.attachment.OffTheEventLoop;
import io.worklane.api.application.imports.ImportService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.config.ImportsConfig;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.ImportsApi;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletionStage;

/**
 * {@code POST …/imports} (ADR 0071): the multipart parts are read from the temporary files Quarkus REST wrote
 * them to, off the event loop, once the caller may import here; the outcome is recorded for Idempotency-Key
 * against the file's digest and the mapping.
 */
@Authenticated
public class ImportsResource implements ImportsApi {
    private final ImportService imports;
    private final CurrentCaller caller;
    private final RestResponses responses;
    private final OffTheEventLoop blocking;
    private final ImportsConfig config;

    public ImportsResource(ImportService imports, CurrentCaller caller, RestResponses responses,
                           OffTheEventLoop blocking, ImportsConfig config) {
        this.imports = imports;
        this.caller = caller;
        this.responses = responses;
        this.blocking = blocking;
        this.config = config;
    }

    @Override
    public CompletionStage<Response> importWorkItems(String ws, InputStream file, String mapping, String idempotencyKey) {
        closeQuietly(file);
        Caller c = caller.get();
        ImportUpload upload = ImportUpload.current(config.maxBytes());
        return blocking.run(upload::fingerprint).subscribeAsCompletionStage()
                .thenCompose(fingerprint -> responses.recorded(c, idempotencyKey, "POST /api/v1/workspaces/" + ws
                        + "/imports", fingerprint, () -> imports.start(c, ws, upload::read), ImportAnswers::answer));
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

package io.worklane.api.rest.export;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.worklane.api.application.export.WorkItemExports;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.WorkItemExportsApi;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Work item exports (ADR 0074). Blocking: the checks run before the answer starts (so a bad filter is
 * still a 400 problem), then {@link ExportStream} writes the file on this worker thread page by page.
 */
@Authenticated
public class WorkItemExportsResource implements WorkItemExportsApi {
    private static final Duration CHECKS = Duration.ofSeconds(30);
    private final WorkItemExports exports;
    private final CurrentCaller caller;

    public WorkItemExportsResource(WorkItemExports exports, CurrentCaller caller) {
        this.exports = exports;
        this.caller = caller;
    }

    @Override
    @Blocking
    public CompletionStage<Response> exportWorkItems(String ws, String format, String filter, String sort) {
        ExportFormat chosen = ExportFormat.parse(format);
        WorkItemExports.Export export = exports.open(caller.get(), ws, filter, sort).await().atMost(CHECKS);
        String file = "work-items-" + export.workspace().slug() + "-" + LocalDate.now(ZoneOffset.UTC) + "." + chosen.extension();
        return CompletableFuture.completedFuture(Response.ok(new ExportStream(exports, export, chosen), chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build());
    }
}

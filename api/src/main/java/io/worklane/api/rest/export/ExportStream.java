package io.worklane.api.rest.export;

import io.worklane.api.application.export.WorkItemExports;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.workitem.WorkItem;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * The body of an export: one keyset page read, written and flushed at a time, so that memory holds a
 * page, never the result. The response stream blocks this worker thread while the client is slower
 * than the database (back pressure); a client that leaves ends the loop with an IOException.
 */
final class ExportStream implements StreamingOutput {
    private static final Duration PAGE = Duration.ofSeconds(60);
    private final WorkItemExports exports;
    private final WorkItemExports.Export export;
    private final ExportFormat format;

    ExportStream(WorkItemExports exports, WorkItemExports.Export export, ExportFormat format) {
        this.exports = exports;
        this.export = export;
        this.format = format;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        ExportColumns columns = new ExportColumns(export.customFieldKeys());
        try (ExportWriter writer = format.writer(out, columns.names())) {
            Cursor after = null;
            do {
                WorkItemExports.Rows rows = exports.page(export, after).await().atMost(PAGE);
                for (WorkItem item : rows.items()) {
                    writer.row(columns.values(item, rows.parentKeys()));
                }
                writer.flush();
                after = rows.next();
            } while (after != null);
            writer.finish();
        }
    }
}

package io.worklane.api.rest.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes one export file row by row. Values are typed ({@link ExportColumns#values}): each format
 * renders them its own way. {@link #close} frees what the writer holds (POI's temp files) even when
 * the export stops half-way.
 */
interface ExportWriter extends Closeable {
    void row(List<Object> values) throws IOException;

    /** After each page: what is buffered goes to the client. */
    void flush() throws IOException;

    /** After the last row: completes the file. */
    void finish() throws IOException;
}

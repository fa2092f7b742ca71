package io.worklane.api.rest.export;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The file formats of an export: media type, file extension and the writer of each. */
enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    JSONL("application/x-ndjson", "jsonl"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    ExportWriter writer(OutputStream out, List<String> columns) throws IOException {
        return switch (this) {
            case CSV -> new CsvExportWriter(out, columns);
            case JSONL -> new JsonlExportWriter(out, columns);
            case XLSX -> new XlsxExportWriter(out, columns);
        };
    }

    /** csv when absent; anything else than csv, jsonl or xlsx is 400 with the formats to choose from. */
    static ExportFormat parse(String format) {
        if (format == null || format.isBlank()) {
            return CSV;
        }
        for (ExportFormat f : values()) {
            if (f.extension.equals(format.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw DomainException.validation(List.of(new FieldError("format", "INVALID_FORMAT",
                "is not a format of exports; use csv, jsonl or xlsx")));
    }
}

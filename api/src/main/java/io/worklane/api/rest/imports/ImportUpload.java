package io.worklane.api.rest.imports;

import io.worklane.domain.shared.Sha256;
import io.worklane.api.application.imports.ImportMapping;
import io.worklane.api.application.imports.ImportRequest;
import io.worklane.api.application.imports.SourceTable;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The parts of an import request as Quarkus REST received them (the file written to a temporary file as it
 * arrived; the mapping as text, or as a file when a client sent it with a file name). Nothing is checked
 * until {@link #read} (blocking, called once the caller's access is checked).
 */
record ImportUpload(Path file, long size, FormValue mapping, long maxBytes) {

    static ImportUpload current(long maxBytes) {
        var form = CurrentRequestManager.get().getFormData();
        FormValue file = form == null ? null : form.getFirst("file");
        FormValue mapping = form == null ? null : form.getFirst("mapping");
        try {
            boolean hasFile = file != null && file.isFileItem();
            return new ImportUpload(hasFile ? file.getFileItem().getFile() : null,
                    hasFile ? file.getFileItem().getFileSize() : 0, mapping, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What makes two imports "the same request" for Idempotency-Key: the same bytes and the same mapping. */
    Map<String, Object> fingerprint() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sha256", file == null || size > maxBytes ? null : Sha256.hex(bytes()));
        m.put("size", size);
        m.put("mapping", mappingText());
        return m;
    }

    ImportRequest read() {
        if (file == null) {
            throw DomainException.validation(List.of(new FieldError("file", "REQUIRED",
                    "send the file as the multipart part 'file' (with a filename)")));
        }
        if (size > maxBytes) {
            throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "The file is larger than the import limit of "
                    + maxBytes + " bytes (WORKLANE_IMPORTS_MAX_BYTES); split it and import the parts.");
        }
        ImportMapping mapping = MappingReader.read(mappingText());
        String text = FileText.of(bytes());
        SourceTable table = switch (mapping.format()) {
            case CSV, JIRA_CSV -> CsvTables.of(text);
            case JSONL -> JsonTables.jsonLines(text);
            case TRELLO_JSON -> JsonTables.trello(text);
        };
        return new ImportRequest(mapping, table);
    }

    private String mappingText() {
        try {
            if (mapping == null) {
                return null;
            }
            return mapping.isFileItem() ? (mapping.getFileItem().getFileSize() > 1024 * 1024 ? null
                    : Files.readString(mapping.getFileItem().getFile(), StandardCharsets.UTF_8)) : mapping.getValue();
        } catch (IOException e) {
            return null; // not UTF-8 text: refused as a missing mapping
        }
    }

    private byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


}

package io.worklane.api.rest.attachment;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.nio.file.Path;
import java.util.List;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The file part of the current multipart request, as Quarkus REST wrote it to a temporary file while it
 * arrived: its path, size, the client's file name and content type (both untrusted). The generated
 * interface hands the part over as a bare InputStream, without them.
 */
record MultipartFile(Path path, long size, String fileName, String declaredType) {

    static MultipartFile named(String name) {
        var form = CurrentRequestManager.get().getFormData();
        FormValue part = form == null ? null : form.getFirst(name);
        if (part == null || !part.isFileItem()) {
            throw DomainException.validation(List.of(new FieldError(name, "REQUIRED",
                    "send the file as the multipart part '" + name + "' (with a filename)")));
        }
        String type = part.getHeaders() == null ? null : part.getHeaders().getFirst("Content-Type");
        try {
            return new MultipartFile(part.getFileItem().getFile(), part.getFileItem().getFileSize(), part.getFileName(),
                    type);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

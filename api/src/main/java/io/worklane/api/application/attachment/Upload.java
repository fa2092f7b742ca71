package io.worklane.api.application.attachment;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A file as it arrived, already on disk (the multipart body is written to a temporary file as it comes in),
 * with what was read from its bytes: its digest and its detected content type.
 */
public record Upload(String fileName, String declaredType, Path file, long size, UUID commentId, String sha256,
                     String contentType) {
}

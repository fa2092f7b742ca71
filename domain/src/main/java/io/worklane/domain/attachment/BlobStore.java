package io.worklane.domain.attachment;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Port: where the bytes of attachments live (a directory, or an S3-compatible bucket). Calls block:
 * the application runs them on worker threads, never on an event loop. Failures are unchecked
 * ({@link java.io.UncheckedIOException}).
 */
public interface BlobStore {
    /** Stores the file's {@code size} bytes under {@code key}, streamed from disk, never read whole into memory. */
    void put(String key, Path file, long size, String contentType);

    /** The bytes under {@code key}, to be closed by the reader; empty when there are none. */
    Optional<InputStream> open(String key);

    /** Removes the bytes under {@code key}; nothing under it is not a failure. */
    void delete(String key);

    /** A short name for logs and health: "filesystem" or "s3". */
    String kind();
}

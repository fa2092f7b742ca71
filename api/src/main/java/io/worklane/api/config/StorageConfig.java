package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * An S3-compatible object store for attachments (prefix {@code worklane.storage.s3}; WORKLANE_STORAGE_S3_…).
 * It is used when a bucket is set; otherwise attachments go to the filesystem (ADR 0037).
 */
@ConfigMapping(prefix = "worklane.storage.s3")
public interface StorageConfig {
    /** The bucket (WORKLANE_STORAGE_S3_BUCKET); setting it switches attachments to S3. It must exist. */
    Optional<String> bucket();

    /** The endpoint of a non-AWS store such as MinIO (WORKLANE_STORAGE_S3_ENDPOINT, e.g. http://minio:9000). */
    Optional<String> endpoint();

    /** The region (WORKLANE_STORAGE_S3_REGION). */
    @WithDefault("us-east-1")
    String region();

    /** Access key id (WORKLANE_STORAGE_S3_ACCESS_KEY); without it the AWS default credential chain is used. */
    Optional<String> accessKey();

    /** Secret access key (WORKLANE_STORAGE_S3_SECRET_KEY). */
    Optional<String> secretKey();

    /** Path-style URLs (bucket in the path), which MinIO and most self-hosted stores need (WORKLANE_STORAGE_S3_PATH_STYLE). */
    @WithDefault("true")
    boolean pathStyle();

    /** A prefix for every key, to share a bucket (WORKLANE_STORAGE_S3_PREFIX), e.g. {@code worklane/}. */
    Optional<String> prefix();
}

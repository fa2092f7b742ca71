package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Attachments and where their bytes go (prefix {@code worklane.attachments}; also WORKLANE_ATTACHMENTS_…; ADR 0037). */
@ConfigMapping(prefix = "worklane.attachments")
public interface AttachmentsConfig {
    /** The largest file one attachment may be, in bytes (WORKLANE_ATTACHMENTS_MAX_BYTES, 25 MiB by default). */
    @WithDefault("26214400")
    long maxBytes();

    /** How many bytes all of a workspace's attachments may take together (WORKLANE_ATTACHMENTS_WORKSPACE_QUOTA_BYTES). */
    @WithDefault("10737418240")
    long workspaceQuotaBytes();

    /** How long a signed download link works (WORKLANE_ATTACHMENTS_LINK_LIFETIME). */
    @WithDefault("5m")
    Duration linkLifetime();

    /**
     * The directory of the filesystem store (WORKLANE_ATTACHMENTS_DIRECTORY); {@code <data dir>/attachments}
     * when not set. Not used when an S3 bucket is configured.
     */
    Optional<String> directory();

    Sweeper sweeper();

    interface Sweeper {
        /** Whether this instance removes the bytes of deleted attachments (WORKLANE_ATTACHMENTS_SWEEPER_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /** How often it looks for bytes to remove (WORKLANE_ATTACHMENTS_SWEEPER_INTERVAL). */
        @WithDefault("30s")
        Duration interval();
    }
}

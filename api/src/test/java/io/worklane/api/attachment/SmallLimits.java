package io.worklane.api.attachment;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Limits small enough to go over in a test: 64 KiB a file, 256 KiB a workspace; the sweeper is called by hand. */
final class SmallLimits {
    static final int MAX_BYTES = 64 * 1024;
    static final int QUOTA_BYTES = 256 * 1024;

    private SmallLimits() {
    }

    static Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("worklane.attachments.max-bytes", String.valueOf(MAX_BYTES));
        config.put("worklane.attachments.workspace-quota-bytes", String.valueOf(QUOTA_BYTES));
        config.put("worklane.attachments.sweeper.enabled", "false");
        config.put("worklane.attachments.directory", "target/test-attachments/" + UUID.randomUUID());
        return config;
    }
}

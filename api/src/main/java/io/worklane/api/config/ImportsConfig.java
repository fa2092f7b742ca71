package io.worklane.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Imports of work items (prefix {@code worklane.imports}; also WORKLANE_IMPORTS_…), ADR 0071. */
@ConfigMapping(prefix = "worklane.imports")
public interface ImportsConfig {
    /**
     * The largest file an import takes (WORKLANE_IMPORTS_MAX_BYTES, 25 MiB by default, about 100,000 rows of a
     * usual export). It cannot exceed the HTTP layer's limit (the attachment limit + 1 MiB, HttpBodyLimit).
     */
    @WithDefault("26214400")
    long maxBytes();
}

package io.worklane.api.config;

import java.nio.file.Path;

/** Where Worklane keeps its files: {@code WORKLANE_DATA_DIR}, or {@code worklane.data-dir}, or {@code ./data}. */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve() {
        String env = System.getenv("WORKLANE_DATA_DIR");
        String value = env != null && !env.isBlank() ? env : System.getProperty("worklane.data-dir", "./data");
        return Path.of(value).toAbsolutePath().normalize();
    }
}

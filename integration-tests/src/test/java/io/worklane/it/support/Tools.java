package io.worklane.it.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Programs some tests need beside the JDK (haproxy, podman, kubectl, Debian's PostgreSQL), looked up on PATH. */
public final class Tools {
    private Tools() {
    }

    public static boolean onPath(String program) {
        return find(program) != null;
    }

    /** The program's path, or null when it is not installed. */
    public static Path find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

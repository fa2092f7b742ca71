package io.worklane.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where the integration tests keep their files: under {@code worklane.work.dir} (set by failsafe to
 * {@code target/it-work}), one fresh directory per test class, so runs never share state.
 */
public final class ItDirectories {
    private ItDirectories() {
    }

    /** A new, empty directory under the work directory whose name starts with {@code prefix}. */
    public static Path fresh(String prefix) {
        try {
            Path workDir = Files.createDirectories(Path.of(requiredProperty("worklane.work.dir")));
            return Files.createTempDirectory(workDir, prefix + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged server, as passed by failsafe ({@code api/target/quarkus-app/quarkus-run.jar}). */
    public static Path serverJar() {
        Path jar = Path.of(requiredProperty("worklane.server.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The server jar " + jar + " does not exist. Build it first: "
                    + "./mvnw -B install -DskipTests -pl domain,persistence,openapi,graphql-schema,api");
        }
        return jar;
    }

    /** Deletes a directory tree, best effort (a failure to clean up must not fail a test). */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[it] could not delete " + dir + ": " + e);
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests with "
                    + "'./mvnw -pl integration-tests verify' (failsafe sets it)");
        }
        return value;
    }
}

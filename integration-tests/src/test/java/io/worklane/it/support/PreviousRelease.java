package io.worklane.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server of the previous release, built from its commit in this repository's own history
 * (ADR 0057): {@code git archive} of the commit (the working tree and {@code .git} are left alone),
 * then {@code ./mvnw -o package -DskipTests -pl api -am} of that tree with the Maven repository of the
 * running build, and its {@code quarkus-app} kept in a cache keyed by the commit, so a machine builds
 * each previous release once. The commit is the property {@code worklane.previous-release} (the
 * integration-tests pom; a tag once releases are tagged).
 */
public final class PreviousRelease {
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);

    private PreviousRelease() {
    }

    /** Why the previous release cannot be had here, or null when it can (a git checkout holding the commit). */
    public static String unavailable() {
        String ref = System.getProperty("worklane.previous-release", "");
        if (ref.isBlank()) {
            return "worklane.previous-release is not set (integration-tests/pom.xml)";
        }
        if (!Files.exists(repoRoot().resolve(".git"))) {
            return repoRoot() + " is not a git checkout (a source archive?), so the previous release " + ref
                    + " could not be built";
        }
        try {
            commit();
        } catch (IllegalStateException e) {
            return "the previous release " + ref + " is not in this clone's history (a shallow clone? "
                    + "git fetch --unshallow): " + e.getMessage();
        }
        return null;
    }

    /** The full commit id the property names. */
    public static String commit() {
        return git(Duration.ofSeconds(30), "rev-parse", "--verify",
                System.getProperty("worklane.previous-release") + "^{commit}").trim();
    }

    /** The previous release's {@code quarkus-run.jar}, built now unless the cache holds it. */
    public static Path serverJar() {
        String commit = commit();
        Path cached = cacheDir().resolve(commit);
        Path jar = cached.resolve("quarkus-app").resolve("quarkus-run.jar");
        if (Files.isRegularFile(jar)) {
            System.out.println("[it] previous release " + commit + " from the cache " + cached);
            return jar;
        }
        long start = System.nanoTime();
        Path work = cacheDir().resolve(commit + ".building");
        ItDirectories.deleteQuietly(work);
        try {
            Path src = Files.createDirectories(work.resolve("src"));
            Path archive = work.resolve("src.tar");
            git(Duration.ofMinutes(2), "archive", "--format=tar", "--output=" + archive, commit);
            run(work, Duration.ofMinutes(2), "tar", "-xf", archive.toString(), "-C", src.toString());
            run(src, BUILD_TIMEOUT, "./mvnw", "-B", "-q", "-o", "-Dmaven.repo.local=" + mavenRepository(),
                    "-Dmaven.test.skip=true", "-pl", "api", "-am", "package");
            Files.createDirectories(cached);
            Files.move(src.resolve("api/target/quarkus-app"), cached.resolve("quarkus-app"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ItDirectories.deleteQuietly(work);
        }
        System.out.println("[it] previous release " + commit + " built in "
                + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s into " + cached);
        return jar;
    }

    /** The migration versions a build carries ({@code db/migration/V<n>__….sql} in its persistence jar). */
    public static List<String> migrationsIn(Path serverJar) {
        Path lib = serverJar.getParent().resolve("lib").resolve("main");
        List<String> versions = new ArrayList<>();
        try (var jars = Files.list(lib)) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().contains("worklane-persistence")).toList()) {
                try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
                    zip.stream().map(e -> e.getName())
                            .filter(n -> n.matches("db/migration/V\\d+__.*\\.sql"))
                            .map(n -> n.substring("db/migration/V".length(), n.indexOf("__")))
                            .forEach(versions::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    /** {@code ~/.cache/worklane/previous-release}, or {@code -Dworklane.previous-release.cache}: it outlives {@code mvn clean} and clones. */
    private static Path cacheDir() {
        String configured = System.getProperty("worklane.previous-release.cache", "");
        return configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "worklane", "previous-release")
                : Path.of(configured);
    }

    private static Path repoRoot() {
        return Path.of(System.getProperty("worklane.repo.root", "..")).toAbsolutePath().normalize();
    }

    private static String mavenRepository() {
        String repo = System.getProperty("worklane.maven.repo.local", "");
        return repo.isBlank() ? Path.of(System.getProperty("user.home"), ".m2", "repository").toString() : repo;
    }

    private static String git(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repoRoot().toString()));
        command.addAll(List.of(args));
        return run(repoRoot(), timeout, command.toArray(String[]::new));
    }

    private static String run(Path dir, Duration timeout, String... command) {
        try {
            Path output = Files.createTempFile("previous-release", ".out");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            if (!ended || process.exitValue() != 0) {
                String tail = text.length() > 4000 ? text.substring(text.length() - 4000) : text;
                throw new IllegalStateException(String.join(" ", command) + (ended ? " exited with " + process.exitValue()
                        : " did not end within " + timeout) + ":\n" + tail);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

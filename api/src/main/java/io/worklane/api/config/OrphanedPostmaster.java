package io.worklane.api.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL runs as a daemon of its own. When the server is killed (SIGKILL, OOM killer,
 * power button of a laptop's terminal), that PostgreSQL lives on and holds the data directory, and
 * the next start would fail on its lock. Before starting, a postmaster still running on the directory
 * (as its {@code postmaster.pid} says, and only if that process is a PostgreSQL) is asked to stop; it
 * has no clients left, so it ends at once, with everything it acknowledged on disk.
 */
final class OrphanedPostmaster {
    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);
    private static final long STOP_WAIT_SECONDS = 30;

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) {
        running(dataDir).ifPresent(postmaster -> {
            LOG.warnf("A PostgreSQL (pid %d) left behind by an earlier run still holds %s; stopping it first",
                    postmaster.pid(), dataDir);
            postmaster.destroy();
            if (!awaitExit(postmaster)) {
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
                awaitExit(postmaster);
            }
        });
    }

    static Optional<ProcessHandle> running(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !samePath(Path.of(lines.get(1).trim()), dataDir)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean samePath(Path recorded, Path dataDir) {
        try {
            return Files.isSameFile(recorded, dataDir);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}

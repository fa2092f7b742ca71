package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.it.support.ItDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The run with which the build records the start's classes for class-data sharing (README, "Run it";
 * {@code quarkus.package.jar.appcds.enabled}) is the packaged server with {@code quarkus.appcds.generate}: it must end
 * by itself after the static initialisation, without starting the embedded PostgreSQL, so that the package holds no
 * database of the build machine. (Without the guard in {@code WorklaneMain} the embedded PostgreSQL started in the
 * build's data directory, inside the package.)
 */
class ClassArchiveRunIT {

    @Test
    void the_recording_run_ends_without_starting_a_database() throws Exception {
        Path dir = ItDirectories.fresh("ClassArchiveRunIT");
        try {
            Path dataDir = dir.resolve("data");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.appcds.generate=true", "-jar", ItDirectories.serverJar().toString()))
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out.txt").toFile());
            builder.environment().put("WORKLANE_DATA_DIR", dataDir.toString());
            Process run = builder.start();

            boolean ended = run.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                run.destroyForcibly();
            }
            String output = Files.readString(dir.resolve("out.txt"));
            // a build without the archive has no recording step: the run then fails for want of a database, as it should
            assertThat(ended).as("the recording run ends by itself\n" + output).isTrue();
            assertThat(dataDir.resolve("postgres")).as("no embedded PostgreSQL was started\n" + output).doesNotExist();
        } finally {
            ItDirectories.deleteQuietly(dir);
        }
    }
}

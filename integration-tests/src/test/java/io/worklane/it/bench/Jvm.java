package io.worklane.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The server's JVM as the README runs it, and its resident memory. */
final class Jvm {
    private Jvm() {
    }

    /** The README's options, or those of -Dworklane.benchmark.jvm (space-separated) to compare others. */
    static List<String> options() {
        String chosen = System.getProperty("worklane.benchmark.jvm", "");
        return chosen.isBlank() ? List.of() : Arrays.asList(chosen.trim().split("\\s+"));
    }

    static long residentMb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
    }
}

package io.worklane.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator: {@code wrk} (Debian package {@code wrk}), closed loop over keep-alive
 * connections, with a Lua script per scenario that sends the request and checks every response's
 * status and shape. What the script counts as wrong is printed as {@code BAD n}.
 */
final class Wrk {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern BAD = Pattern.compile("BAD (\\d+)");

    private Wrk() {
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    /** One run: {@code connections} connections on 2 threads for {@code seconds}. */
    static Result run(String url, String script, Map<String, String> env, int connections, int seconds) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s", "-s", script, url));
        String out = Processes.run(command, env);
        return new Result(number(RPS, out), (long) number(REQUESTS, out), (long) number(BAD, out),
                latency(out, "50%"), latency(out, "99%"), out);
    }

    private static double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no " + pattern + ":\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A percentile of wrk's latency distribution in milliseconds ("99%    5.80ms"). */
    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no " + percentile + " latency:\n" + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    record Result(double requestsPerSecond, long requests, long bad, double p50Ms, double p99Ms, String output) {
    }

    /** The Lua script of a scenario, copied out of the test resources for wrk to read. */
    static String script(String name) {
        try (var in = Wrk.class.getResourceAsStream("/bench/" + name + ".lua")) {
            Path file = Files.createTempFile("wrk-" + name, ".lua");
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return file.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

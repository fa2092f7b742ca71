package io.worklane.it.bench;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ceiling: {@code pgbench -S -M prepared} (select-only, prepared) against the same cluster. */
final class PgBench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final Map<String, String> env;
    private final List<String> target;

    PgBench(int port) {
        this.env = Map.of("PGPASSWORD", "postgres");
        this.target = List.of("-h", "localhost", "-p", Integer.toString(port), "-U", "postgres");
    }

    /** Creates the pgbench tables at scale 10 in their own database. */
    void initialise() {
        Processes.run(command("psql", "-d", "postgres", "-c", "CREATE DATABASE pgbench"), env);
        Processes.run(command("pgbench", "-i", "-q", "-s", "10", "pgbench"), env);
    }

    /** Transactions per second of 8 clients on 2 threads for {@code seconds}. */
    double selectOnly(int seconds) {
        String out = Processes.run(command("pgbench", "-S", "-M", "prepared", "-c", "8", "-j", "2",
                "-T", Integer.toString(seconds), "pgbench"), env);
        Matcher m = TPS.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private List<String> command(String tool, String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(tool);
        command.addAll(target);
        command.addAll(List.of(args));
        return command;
    }
}

package io.worklane.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.Worklane;
import io.worklane.it.support.WorklaneServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The speed benchmark of docs/benchmarks.md ("Speed"), not a timed test: it runs only with
 * -Dworklane.benchmark=speed and prints one JSON line per scenario. The packaged server, with the JVM
 * options the README gives, on a PostgreSQL of its own (fsync on) that pgbench also measures; the
 * reference workspace seeded through the API; each scenario warmed up, then loaded by wrk with 8
 * keep-alive connections, every response checked. Then footprint and a restart: time to ready on a
 * migrated database (the first start, which migrates a fresh one, is reported too) and the first 10 s of load
 * on a cold JIT.
 */
@EnabledIfSystemProperty(named = "worklane.benchmark", matches = "speed")
class SpeedBenchmarkIT {
    private static final String KEY = "wl_it_speed_bench_admin_key_0123456789ab";
    private static final int SECONDS = Integer.getInteger("worklane.benchmark.seconds", 15);
    private final List<String> lines = new ArrayList<>();

    @Test
    void throughput_against_the_postgresql_ceiling() throws Exception {
        assertThat(Wrk.installed()).as("wrk is needed: apt-get install -y wrk").isTrue();
        Path dir = ItDirectories.fresh("SpeedBenchmarkIT");
        try (EmbeddedPostgres postgres = Postgres.durable(dir.resolve("pg"))) {
            PgBench pgbench = new PgBench(postgres.getPort());
            pgbench.initialise();
            Map<String, String> env = Postgres.datasource(postgres.getPort());
            WorklaneServer server = WorklaneServer.start(dir.resolve("data"), KEY, env, Jvm.options());
            lines.add(String.format("{\"scenario\":\"FIRST_START\",\"readyMs\":%d}", server.startedIn().toMillis()));
            try {
                ReferenceWorkspace.seed(Worklane.connect(server.baseUri(), KEY));
                Map<String, String> wrkEnv = wrkEnv(dir);
                for (Scenario s : Scenario.values()) {
                    load(server, s, wrkEnv, 5);
                }
                double before = pgbench.selectOnly(SECONDS);
                List<Wrk.Result> warm = new ArrayList<>();
                for (Scenario s : Scenario.values()) {
                    warm.add(load(server, s, wrkEnv, SECONDS));
                }
                double ceiling = (before + pgbench.selectOnly(SECONDS)) / 2;
                for (Scenario s : Scenario.values()) {
                    report(s.name(), warm.get(s.ordinal()), ceiling, s.target);
                }
                lines.add(String.format("{\"scenario\":\"FOOTPRINT\",\"rssMb\":%d,\"pgbenchTps\":%.0f}",
                        Jvm.residentMb(server.pid()), ceiling));
                server.stop();
                server = WorklaneServer.start(dir.resolve("data"), KEY, env, Jvm.options());
                lines.add(String.format("{\"scenario\":\"RESTART\",\"readyMs\":%d}", server.startedIn().toMillis()));
                for (Scenario s : List.of(Scenario.GRAPHQL_BOARD, Scenario.REST_ITEM)) {
                    Wrk.Result cold = load(server, s, wrkEnv, 10);
                    lines.add(String.format("{\"scenario\":\"COLD_%s\",\"rps\":%.0f,\"warmRps\":%.0f,\"coldOverWarm\":%.2f}",
                            s.name(), cold.requestsPerSecond(), warm.get(s.ordinal()).requestsPerSecond(),
                            cold.requestsPerSecond() / warm.get(s.ordinal()).requestsPerSecond()));
                }
            } finally {
                server.stop();
                lines.forEach(l -> System.out.println("SPEED " + l));
            }
        }
    }

    private static Wrk.Result load(WorklaneServer server, Scenario s, Map<String, String> env, int seconds) {
        Wrk.Result r = Wrk.run(server.baseUri() + s.path, Wrk.script(s.script), env, 8, seconds);
        assertThat(r.bad()).as(s + ": responses of the wrong status or shape\n" + r.output()).isZero();
        return r;
    }

    private void report(String name, Wrk.Result r, double ceiling, double target) {
        double ratio = r.requestsPerSecond() / ceiling;
        lines.add(String.format("{\"scenario\":\"%s\",\"rps\":%.0f,\"p50Ms\":%.2f,\"p99Ms\":%.2f,\"requests\":%d,"
                        + "\"pgbenchTps\":%.0f,\"ratio\":%.4f,\"target\":%s,\"met\":%s}", name, r.requestsPerSecond(),
                r.p50Ms(), r.p99Ms(), r.requests(), ceiling, ratio, target == 0 ? "null" : target,
                target == 0 ? "null" : ratio >= target));
    }

    private static Map<String, String> wrkEnv(Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("wrk"));
        Files.writeString(scripts.resolve("common.lua"), new String(
                SpeedBenchmarkIT.class.getResourceAsStream("/bench/common.lua").readAllBytes()));
        return Map.of("BENCH_KEY", KEY, "BENCH_DIR", scripts.toString());
    }
}

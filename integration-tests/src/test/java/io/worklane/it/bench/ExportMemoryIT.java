package io.worklane.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.it.support.AdminKeys;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.Worklane;
import io.worklane.it.support.WorklaneServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The export's constant-memory proof of docs/benchmarks.md ("Exports"), run on purpose with
 * -Dworklane.benchmark=export (-Dworklane.benchmark.rows=1000000 by default): the packaged server under
 * -Xmx256m (and ExitOnOutOfMemoryError, so running out of heap fails the run) exports N seeded items
 * with custom fields as CSV, JSON Lines and xlsx; each answer's rows are counted as they arrive, and the
 * server's GC log gives the largest heap left after a collection (the live set).
 */
@EnabledIfSystemProperty(named = "worklane.benchmark", matches = "export")
class ExportMemoryIT {
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final int ROWS = Integer.getInteger("worklane.benchmark.rows", 1_000_000);

    @Test
    void aMillionRowsPassThroughA256MbHeap() throws Exception {
        Path dir = ItDirectories.fresh(ExportMemoryIT.class.getSimpleName());
        Path gcLog = dir.resolve("gc.log");
        try (EmbeddedPostgres db = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            int port = db.getPort();
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + port + "/postgres",
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port + "/postgres",
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "WORKLANE_SECRETS_KEY", "aXQ6IG9uZSBzZWFsaW5nIGtleSBmb3IgYWxsIGluc3Q=");
            String key = AdminKeys.random();
            try (WorklaneServer server = WorklaneServer.start(dir.resolve("data"), key, env,
                    List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog))) {
                Worklane api = Worklane.connect(server.baseUri(), key);
                api.aWorkspace("export");
                api.aProject("export", "EX");
                long seeded = seed(db);
                System.out.printf("[bench] EXPORT seeded %d items in %d ms%n", ROWS, seeded);
                for (String format : List.of("csv", "jsonl", "xlsx")) {
                    long gcLinesBefore = Files.readAllLines(gcLog).size();
                    Measured m = export(server.baseUri(), key, format);
                    assertThat(m.rows()).as(format + " rows").isEqualTo(ROWS);
                    long[] heap = heapAfterGc(gcLog, gcLinesBefore);
                    System.out.printf("[bench] EXPORT %s: %d rows, %d bytes, first byte %d ms, total %d ms (%.0f rows/s);"
                                    + " %d GCs, largest heap after GC %d MB, largest before %d MB, of %d MB; server RSS %d MB%n",
                            format, m.rows(), m.bytes(), m.firstByteMs(), m.totalMs(), m.rows() * 1000.0 / m.totalMs(),
                            heap[0], heap[1], heap[2], heap[3], Jvm.residentMb(server.pid()));
                    assertThat(server.isRunning()).as("the server is still up after the " + format + " export").isTrue();
                }
            }
        }
    }

    /** Straight into the table, set-based: titles, descriptions, dates, estimates, labels and three custom fields. */
    private static long seed(EmbeddedPostgres db) throws Exception {
        long start = System.nanoTime();
        try (Connection c = db.getPostgresDatabase().getConnection()) {
            try (PreparedStatement fields = c.prepareStatement("INSERT INTO custom_fields (id, workspace_id, project_id,"
                    + " key, name, type, required, options, version, created_at, updated_at)"
                    + " SELECT gen_random_uuid(), p.workspace_id, p.id, f.key, f.key, f.type, false, '[]', 0, now(), now()"
                    + " FROM projects p, (VALUES ('budget', 'MONEY'), ('cost', 'NUMBER'), ('customer', 'TEXT')) f(key, type)"
                    + " WHERE p.key = 'EX'")) {
                fields.executeUpdate();
            }
            try (PreparedStatement items = c.prepareStatement("INSERT INTO work_items (id, workspace_id, project_id,"
                    + " number, type, title, description, status, priority, due_date, estimate_minutes, labels,"
                    + " custom_fields, version, created_at, updated_at)"
                    + " SELECT gen_random_uuid(), p.workspace_id, p.id, n, 'TASK', 'Exported item number ' || n,"
                    + " 'A description of some length, as items have, for item ' || n || '.', 'todo',"
                    + " (ARRAY['NONE','LOW','MEDIUM','HIGH','URGENT'])[1 + n % 5], DATE '2026-01-01' + (n % 365),"
                    + " 30 * (n % 17), '[\"api\", \"ui\"]',"
                    + " jsonb_build_object('budget', jsonb_build_object('amount', (n % 10000) || '.50', 'currency', 'EUR'),"
                    + " 'cost', n % 1000, 'customer', 'Customer ' || (n % 300)),"
                    + " 0, now() + n * interval '1 millisecond', now()"
                    + " FROM projects p, generate_series(1, ?) n WHERE p.key = 'EX'")) {
                items.setInt(1, ROWS);
                items.executeUpdate();
            }
            c.createStatement().execute("UPDATE projects SET last_item_number = " + ROWS + " WHERE key = 'EX'");
            c.createStatement().execute("ANALYZE");
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private record Measured(long rows, long bytes, long firstByteMs, long totalMs) {
    }

    private static Measured export(URI base, String key, String format) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/workspaces/export/work-items/export?format="
                + format + "&sort=createdAt")).header("Authorization", "Bearer " + key).timeout(Duration.ofMinutes(30)).build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).as(format).isEqualTo(200);
        try (Counting body = new Counting(response.body())) {
            int first = body.read();
            long firstByte = Duration.ofNanos(System.nanoTime() - start).toMillis();
            long rows = switch (format) {
                case "xlsx" -> xlsxRows(body, first);
                case "csv" -> lines(body, first) - 1; // less the header
                default -> lines(body, first);
            };
            return new Measured(rows, body.bytes, firstByte, Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    private static long lines(InputStream in, int first) throws IOException {
        long lines = first == '\n' ? 1 : 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }

    /**
     * The data rows of the workbook's sheets, counted as {@code <row } tags. The JDK's ZipInputStream does not
     * read the data descriptors POI writes, so the zip goes to a file first and is read by its directory.
     */
    private static long xlsxRows(InputStream in, int first) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            try (var out = Files.newOutputStream(file)) {
                out.write(first);
                in.transferTo(out);
            }
            long rows = 0;
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/worksheets/sheet")) {
                        try (InputStream sheet = zip.getInputStream(e)) {
                            rows += occurrences(sheet, "<row ".getBytes()) - 1; // less the header
                        }
                    }
                }
            }
            return rows;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long occurrences(InputStream in, byte[] pattern) throws IOException {
        long found = 0;
        int matched = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == pattern[matched] ? matched + 1 : buffer[i] == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    found++;
                    matched = 0;
                }
            }
        }
        return found;
    }

    /** GCs since line {@code from} of the log: count, largest heap after, largest before, largest committed (MB). */
    private static long[] heapAfterGc(Path log, long from) throws IOException {
        long[] out = new long[4];
        for (String line : Files.readAllLines(log).stream().skip(from).toList()) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                out[0]++;
                out[1] = Math.max(out[1], Long.parseLong(m.group(2)));
                out[2] = Math.max(out[2], Long.parseLong(m.group(1)));
                out[3] = Math.max(out[3], Long.parseLong(m.group(3)));
            }
        }
        return out;
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends java.io.FilterInputStream {
        long bytes;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytes += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            bytes += Math.max(n, 0);
            return n;
        }
    }
}

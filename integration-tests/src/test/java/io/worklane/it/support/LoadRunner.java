package io.worklane.it.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steady traffic through a load balancer while something happens to the servers behind it: each
 * client, with its own API key, alternates a list and an idempotent creation every {@code pace}, and
 * every answer that is not a success is kept with what it was. Paced (not flat out) so the machine
 * that runs the servers too is not saturated, and each key stays under its rate limit.
 */
public final class LoadRunner implements AutoCloseable {
    private final ExecutorService clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger answered = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    private LoadRunner(List<JsonHttp> apis, String workspace, String project, Duration pace) {
        clients = Executors.newFixedThreadPool(apis.size());
        for (int c = 0; c < apis.size(); c++) {
            JsonHttp api = apis.get(c);
            String client = "client-" + c;
            clients.submit(() -> run(api, client, workspace, project, pace));
        }
    }

    public static LoadRunner start(List<JsonHttp> apis, String workspace, String project, Duration pace) {
        return new LoadRunner(apis, workspace, project, pace);
    }

    private void run(JsonHttp api, String client, String workspace, String project, Duration pace) {
        for (int i = 0; running.get(); i++) {
            int n = i;
            String what = n % 2 == 0 ? "GET items" : "POST item " + client + "-" + n;
            try {
                JsonHttp.Answer answer = n % 2 == 0
                        ? api.get("/api/v1/workspaces/" + workspace + "/work-items?limit=5")
                        : api.post("/api/v1/workspaces/" + workspace + "/work-items",
                                Map.of("project", project, "title", "Load " + client + " " + n),
                                request -> request.header("Idempotency-Key", client + "-" + n));
                if (answer.status() >= 300) {
                    failures.add(what + ": HTTP " + answer.status() + " " + answer.raw().body());
                }
            } catch (Exception e) {
                failures.add(what + ": " + e);
            }
            answered.incrementAndGet();
            Tools.sleep(pace);
        }
    }

    public int answered() {
        return answered.get();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
    }
}

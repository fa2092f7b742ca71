package io.worklane.api.permissions;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;
import io.worklane.api.support.contract.RestRequest;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Everything of workspace W the instance administrator can read: the answer to every GET of the
 * contract inside W, and whether a workspace exists under each slug the matrix asked to create.
 * {@code lastUsedAt} of keys is left out (it shows once flushed): using a key is not a change the refusal made;
 * nor are the seconds of status durations, which grow with the clock (the history they come from is compared).
 * (Adapted from the tenant-isolation matrix's WorkspaceSnapshot.)
 */
record Snapshot(Map<String, String> readsByRequest) {
    private static final Executor READERS = Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "snapshot-reader");
        thread.setDaemon(true);
        return thread;
    });

    /** The reads are independent of one another: they go four at a time (the matrix takes hundreds of these). */
    static Snapshot of(Contract contract, RestRequests requests, SeededWorkspace w) {
        Map<String, Supplier<Response>> reads = new LinkedHashMap<>();
        for (Operation operation : contract.operations()) {
            if (operation.method().equals("GET") && operation.isInsideAWorkspace()) {
                RestRequest request = requests.requestFor(operation);
                reads.put(operation.id() + " " + request.uri(), () -> asAdmin().headers(request.headers()).get(request.uri()));
            }
        }
        for (String slug : w.newSlugs()) {
            reads.put("workspace " + slug, () -> asAdmin().get("/api/v1/workspaces/" + slug));
        }
        Map<String, CompletableFuture<String>> answers = new LinkedHashMap<>();
        reads.forEach((request, read) -> answers.put(request, CompletableFuture.supplyAsync(() -> answer(read.get()), READERS)));
        Map<String, String> result = new LinkedHashMap<>();
        answers.forEach((request, answer) -> result.put(request, answer.join()));
        return new Snapshot(result);
    }

    private static String answer(Response response) {
        return response.statusCode() + " " + withoutTheClock(
                response.asString().replaceAll(",?\"lastUsedAt\"\\s*:\\s*(\"[^\"]*\"|null)", ""));
    }

    private static String withoutTheClock(String body) {
        // ageing work is as of now: its moment and ages move with the clock too
        return body.replaceAll("\"(totalSeconds|ageSeconds)\"\\s*:\\s*\\d+", "\"$1\":_")
                .replaceAll("\"asOf\"\\s*:\\s*\"[^\"]*T[^\"]*\"", "\"asOf\":_")
                .replaceAll("\"(downloadUrl|downloadUrlExpiresAt)\"\\s*:\\s*\"[^\"]*\"", "\"$1\":_")
                // each problem document has a trace id of its own
                .replaceAll("\"traceId\"\\s*:\\s*\"[^\"]*\"", "\"traceId\":_");
    }

    /** Each read of W's objects answered 200: the seeding worked and the builders name W's objects right. */
    void assertEverythingIsThere() {
        List<String> unreadable = readsByRequest.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("workspace ") && !e.getValue().startsWith("200 "))
                .map(e -> e.getKey() + " → " + e.getValue()).toList();
        assertThat(unreadable).as("reads of W's objects by the instance administrator that do not answer 200").isEmpty();
    }

    void assertSameAs(Snapshot before, String exchange) {
        List<String> changed = before.readsByRequest.keySet().stream()
                .filter(request -> !before.readsByRequest.get(request).equals(readsByRequest.get(request)))
                .map(request -> request + "\n  before: " + before.readsByRequest.get(request)
                        + "\n  after:  " + readsByRequest.get(request)).toList();
        assertThat(changed).as("what of workspace W changed although the request was refused:\n%s", exchange).isEmpty();
    }
}

package io.worklane.api.isolation;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;
import io.worklane.api.support.contract.RestRequest;
import io.worklane.api.support.contract.NotCoveredYet;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything of workspace B the instance administrator can read: the answer to every GET of the
 * contract inside B (objects with their versions, every list with its items, so also the counts), so
 * that any change the matrix caused shows, on the endpoints of today and on those added later.
 */
record WorkspaceSnapshot(Map<String, String> readsByRequest) {

    static WorkspaceSnapshot of(RestCases cases, Contract contract) {
        Map<String, String> reads = new LinkedHashMap<>();
        for (Operation operation : contract.operations()) {
            if (!operation.method().equals("GET") || !operation.isInsideAWorkspace()) {
                continue;
            }
            try {
                RestRequest request = cases.requestFor(operation, IdForm.THEIR_SLUG_AND_KEYS);
                Response response = asAdmin().headers(request.headers()).get(request.uri());
                reads.put(operation.id() + " " + request.uri(), response.statusCode() + " "
                        + withoutTheClock(response.asString()));
            } catch (NotCoveredYet e) {
                // its matrix cases fail with the reason; nothing to read here
            }
        }
        return new WorkspaceSnapshot(reads);
    }

    /**
     * A read without what changes by itself: time in a state grows with the clock (status durations), so
     * its seconds are left out; the history they come from is read and compared too (listWorkItemActivity).
     * Ageing work is as of now: its moment and ages too.
     */
    static String withoutTheClock(String body) {
        return body.replaceAll("\"(totalSeconds|ageSeconds)\"\\s*:\\s*\\d+", "\"$1\":_")
                .replaceAll("\"asOf\"\\s*:\\s*\"[^\"]*T[^\"]*\"", "\"asOf\":_")
                .replaceAll("\"(downloadUrl|downloadUrlExpiresAt)\"\\s*:\\s*\"[^\"]*\"", "\"$1\":_");
    }

    /** Each read answered 200: the 404s of the matrix are tenancy's doing, not a missing route or object. */
    void assertEverythingIsThere() {
        List<String> unreadable = readsByRequest.entrySet().stream().filter(e -> !e.getValue().startsWith("200 "))
                .map(e -> e.getKey() + " → " + e.getValue()).toList();
        assertThat(unreadable).as("reads of B's objects by the instance administrator that do not answer 200").isEmpty();
    }

    void assertSameAs(WorkspaceSnapshot before) {
        List<String> changed = before.readsByRequest.keySet().stream()
                .filter(request -> !before.readsByRequest.get(request).equals(readsByRequest.get(request)))
                .map(request -> request + "\n  before: " + before.readsByRequest.get(request)
                        + "\n  after:  " + readsByRequest.get(request)).toList();
        assertThat(changed).as("what of workspace B changed while A's key was aimed at it").isEmpty();
    }
}

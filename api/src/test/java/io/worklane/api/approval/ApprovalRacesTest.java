package io.worklane.api.approval;

import static io.worklane.api.approval.Approvals.aPersonSignedInAs;
import static io.worklane.api.approval.Approvals.aWorkspaceWithAnItem;
import static io.worklane.api.approval.Approvals.anApproval;
import static io.worklane.api.approval.Approvals.approval;
import static io.worklane.api.approval.Approvals.approve;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.worklane.api.approval.Approvals.Person;
import io.worklane.api.support.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Decisions racing on one approval: each is one versioned write, so one wins and the others get CONFLICT
 * with nothing written; no decision is ever lost, and an approval never settles twice.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApprovalRacesTest {
    private static final int APPROVERS = 6;

    @Test
    void racingApproversOfAnAllApprovalLoseNoDecision() throws Exception {
        String ws = aWorkspaceWithAnItem();
        List<Person> people = IntStream.range(0, APPROVERS).mapToObj(i -> aPersonSignedInAs(ws, "MEMBER")).toList();
        String id = anApproval(ws, Map.of("approvers", people.stream().map(Person::memberId).toList(), "policy", "ALL"))
                .getString("id");

        List<Response> answers = concurrently(people, p -> approve(p.request(), ws, id));
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses).as(answersOf(answers)).containsOnly(200, 412).contains(200);
        answers.stream().filter(r -> r.statusCode() == 412)
                .forEach(r -> assertThat(r.jsonPath().getString("code")).isEqualTo("CONFLICT"));
        JsonPath stored = asAdmin().get(approval(ws, id)).then().extract().jsonPath();
        assertThat(stored.getList("decisions")).hasSize((int) statuses.stream().filter(s -> s == 200).count());
        assertThat(stored.getInt("version")).isEqualTo(stored.getList("decisions").size());

        // the losers retry and are recorded; the last one settles the approval
        for (int i = 0; i < APPROVERS; i++) {
            if (statuses.get(i) != 200) {
                approve(people.get(i).request(), ws, id).then().statusCode(200);
            }
        }
        asAdmin().get(approval(ws, id)).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decisions", hasSize(APPROVERS));
    }

    @Test
    void anAnyApprovalIsSettledOnceWhoeverRaces() throws Exception {
        String ws = aWorkspaceWithAnItem();
        List<Person> people = IntStream.range(0, APPROVERS).mapToObj(i -> aPersonSignedInAs(ws, "MEMBER")).toList();
        String id = anApproval(ws, Map.of("approvers", people.stream().map(Person::memberId).toList(), "policy", "ANY"))
                .getString("id");

        List<Response> answers = concurrently(people, p -> approve(p.request(), ws, id));
        assertThat(answers.stream().filter(r -> r.statusCode() == 200)).as(answersOf(answers)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.statusCode() != 200).map(r -> r.jsonPath().getString("code")))
                .allMatch(code -> code.equals("CONFLICT") || code.equals("APPROVAL_ALREADY_DECIDED"));
        asAdmin().get(approval(ws, id)).then().body("status", equalTo("APPROVED"))
                .body("decisions", hasSize(1)).body("version", equalTo(1));
    }

    interface Call<T> {
        Response run(T input);
    }

    private static <T> List<Response> concurrently(List<T> inputs, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit((Callable<Response>) () -> call.run(input)));
            }
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answersOf(List<Response> answers) {
        return answers.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString();
    }
}

package io.worklane.api.isolation;

import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.NotCoveredYet;
import io.worklane.api.support.contract.Operation;
import io.worklane.api.support.contract.RestRequest;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.Ids;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The project level of the matrices (ADR 0084), generated from the contract like the tenant-isolation one: workspace
 * B's project is made PRIVATE, and a key of B holding every scope but {@code admin} (a member of no project) is
 * aimed at it. Every operation naming one of the project's objects (in its path, or in its body) answers 404, as if
 * it did not exist; every list of the workspace leaves the project's objects out. Gaps not closed yet are listed in
 * {@link #KNOWN_GAPS} (reported as aborted, with the reason) so that the rest keeps guarding.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivateProjectMatrixTest {
    /** The reference names of objects that live in the project (ReferenceTable's names, "…Id" stripped). */
    private static final Set<String> IN_THE_PROJECT = Set.of("project", "fromProject", "field", "customField",
            "workItem", "comment", "approval", "budget", "expense", "dependency", "link", "predecessor", "target",
            "phase", "baseline", "attachment", "risk", "report", "statusReport", "membership");
    /** Operation id → why it still shows the private project to a non-member (remove an entry with its fix). */
    private static final Map<String, String> KNOWN_GAPS = Map.of();

    @Inject
    ApiKeys apiKeys;

    private TheirWorkspace theirs;
    private Contract contract;
    private RestCases cases;
    private ReferenceTable table;
    private String nonMember;

    private void aPrivateProject() {
        if (theirs != null) {
            return;
        }
        theirs = TheirWorkspace.create(apiKeys);
        asAdmin().contentType("application/merge-patch+json").body(Map.of("visibility", "PRIVATE"))
                .patch("/api/v1/workspaces/" + theirs.workspace().key() + "/projects/" + theirs.project().key())
                .then().statusCode(200);
        nonMember = aKeyWithEveryScopeButAdmin();
        contract = Contract.load();
        table = new ReferenceTable(OurWorkspace.create(apiKeys), theirs);
        cases = new RestCases(contract, table);
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyOperationOnThePrivateProjectsObjectsIsNotFoundForANonMember() {
        aPrivateProject();
        // reads first, deletes last (the tenant matrix's order): a leaking write harms later cases least
        return cases.insideTheirWorkspace().stream()
                .filter(c -> c.form() != IdForm.OUR_WORKSPACE_THEIR_IDS && c.request() != null)
                .filter(c -> namesTheProject(c.operation(), c.request()))
                .map(c -> dynamicTest(c.operation().id() + " (" + c.operation().method() + " " + c.operation().path()
                        + ") " + c.form().description() + ": 404 for a non-member",
                        () -> notFound(c.operation(), c.request())));
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyListOfTheWorkspaceLeavesThePrivateProjectOut() {
        aPrivateProject();
        return contract.operations().stream()
                .filter(o -> o.isInsideAWorkspace() && o.method().equals("GET"))
                .map(o -> Map.entry(o, requestOrNull(o, IdForm.THEIR_IDS)))
                .filter(e -> e.getValue() != null && !namesTheProject(e.getKey(), e.getValue()))
                .map(e -> dynamicTest(e.getKey().id() + " (GET " + e.getKey().path() + ") names nothing of the private"
                        + " project to a non-member", () -> showsNothingOfTheProject(e.getKey(), e.getValue())));
    }

    private void notFound(Operation operation, RestRequest request) {
        gap(operation);
        Response response = request.sendWith(nonMember);
        assertThat(response.contentType()).as(request + " answered " + response.asString())
                .startsWith("application/problem+json");
        if (response.statusCode() != 404) {
            // refused before the project is looked at (a scope it lacks, an approval decided only by people, a
            // body refused for its shape): the same answer as for a project that does not exist, naming nothing
            assertThat(response.jsonPath().getString("code")).as(request + " answered " + response.asString())
                    .isIn("INSUFFICIENT_SCOPE", "NOT_AN_APPROVER", "VALIDATION_FAILED");
            // what the refusal says, beside the request's own path it echoes as "instance"
            String said = response.asString().replace(String.valueOf(response.jsonPath().getString("instance")), "");
            List<String> shown = projectSecrets().stream().filter(said::contains).toList();
            assertThat(shown).as(request + " answered " + response.asString()).isEmpty();
        }
    }

    private void showsNothingOfTheProject(Operation operation, RestRequest request) {
        gap(operation);
        Response response = request.sendWith(nonMember);
        if (response.statusCode() >= 300) {
            return; // a refusal names nothing (the tenant matrix checks refusals reveal no hint)
        }
        String body = response.asString();
        List<String> shown = projectSecrets().stream().filter(body::contains).toList();
        assertThat(shown).as(request + " shows the private project's " + shown + ": " + body).isEmpty();
    }

    private static void gap(Operation operation) {
        String reason = KNOWN_GAPS.get(operation.id());
        if (reason != null) {
            Assumptions.abort("Known gap (ADR 0084): " + reason);
        }
    }

    /** Whether the request names an object of the project: in its path, or in its body or query. */
    private boolean namesTheProject(Operation operation, RestRequest request) {
        boolean inPath = operation.pathParameterNames().stream().map(PrivateProjectMatrixTest::stripId)
                .anyMatch(IN_THE_PROJECT::contains);
        String rest = (request.body() == null ? "" : request.body())
                + (request.uri().contains("?") ? request.uri().substring(request.uri().indexOf('?')) : "");
        return inPath || projectSecrets().stream().anyMatch(rest::contains);
    }

    /** The ids and keys of the project's objects: none may appear in what a non-member reads. */
    private List<String> projectSecrets() {
        List<String> secrets = new ArrayList<>();
        for (String name : IN_THE_PROJECT) {
            table.find(name).ifPresent(r -> {
                secrets.add(r.id());
                if (r.key() != null) {
                    secrets.add(r.key());
                }
            });
        }
        return secrets.stream().distinct().toList();
    }

    private RestRequest requestOrNull(Operation operation, IdForm form) {
        try {
            return cases.requestFor(operation, form);
        } catch (NotCoveredYet e) {
            return null; // the tenant-isolation matrix fails on it, saying what to add
        }
    }

    private static String stripId(String name) {
        return name.endsWith("Id") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
    }

    /** A key of workspace B that holds every scope but admin: it is no member of any project. */
    private String aKeyWithEveryScopeButAdmin() {
        Set<String> scopes = Arrays.stream(Scope.values()).filter(s -> s != Scope.ADMIN).map(Scope::value)
                .collect(Collectors.toSet());
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.insert(new ApiKey(Ids.newId(), UUID.fromString(theirs.workspace().id()), "Not a member",
                secret.displayPrefix(), secret.hash(), scopes, false, Instant.now().truncatedTo(ChronoUnit.MICROS),
                null, null)).await().indefinitely();
        return secret.value();
    }
}

package io.worklane.api.isolation;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.ServedSchema;
import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKeys;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Tenant isolation of the GraphQL API, generated from the served schema: every Query and Mutation
 * field that names an object of a workspace, sent with workspace A's key (all scopes) at workspace B's
 * objects, fails with a code ending in NOT_FOUND, holds nothing of B in data or errors, and changes
 * nothing of B. A new field is covered as soon as it is served; one the matrix cannot aim at B yet
 * fails, saying what to add.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQLTenantIsolationMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ApiKeys apiKeys;

    private OurWorkspace ours;
    private TheirWorkspace theirs;
    private GraphQLCases cases;
    private Contract contract;
    private RestCases reads;

    /** The fields that name no object of a workspace, each with what tenancy means for it. */
    private final Map<String, Runnable> notAimedAtAnyWorkspace = Map.of(
            "Query.workspaces", this::aKeySeesOnlyItsOwnWorkspace,
            "Mutation.createWorkspace", this::onlyTheInstanceAdministratorCreatesWorkspaces,
            "Query.me", this::meNamesOnlyOurWorkspace,
            "Mutation.markAllNotificationsRead", this::markingAllReadTouchesNothingOfTheirs,
            "Mutation.markNotificationRead", this::aNotificationOfAnotherIsNotFound,
            "Mutation.updateNotificationPreferences", this::theirPreferencesAreNotFound);

    /** Once per class, on first use: REST Assured knows the test port only from the first test on. */
    private void workspacesAAndB() {
        if (ours != null) {
            return;
        }
        ours = OurWorkspace.create(apiKeys);
        theirs = TheirWorkspace.create(apiKeys);
        ReferenceTable table = new ReferenceTable(ours, theirs);
        cases = new GraphQLCases(ServedSchema.introspect(), table);
        contract = Contract.load();
        reads = new RestCases(contract, table);
    }

    @TestFactory
    Stream<DynamicTest> everyFieldAimedAtTheirWorkspaceIsNotFoundForUs() {
        workspacesAAndB();
        WorkspaceSnapshot before = WorkspaceSnapshot.of(reads, contract);
        return Stream.of(
                cases.aimedAtTheirWorkspace().stream().map(c -> dynamicTest(c.name(), () -> aimAtTheirs(c))),
                Stream.of(dynamicTest("afterwards nothing of workspace B has changed",
                        () -> WorkspaceSnapshot.of(reads, contract).assertSameAs(before))))
                .flatMap(s -> s);
    }

    @TestFactory
    Stream<DynamicTest> everyFieldThatNamesNoWorkspaceHasItsOwnAssertion() {
        workspacesAAndB();
        return cases.notAimedAtAnyWorkspace().stream().map(field -> dynamicTest(field + " keeps to A's tenancy",
                () -> notAimedAtAnyWorkspace.getOrDefault(field, () -> fail(field + " names no object of a workspace, so "
                        + "the matrix cannot aim it at B: decide what tenancy means for it and add an explicit assertion "
                        + "to notAimedAtAnyWorkspace in " + getClass().getSimpleName())).run()));
    }

    private void aimAtTheirs(GraphQLCase c) throws JsonProcessingException {
        KnownLeaks.reasonFor(c.key()).ifPresent(Assumptions::abort);
        if (c.notCovered() != null) {
            fail(c.notCovered());
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", c.document());
        request.put("variables", c.variables());
        String body = JSON.writeValueAsString(request);
        Hints.assertGraphQLNotFoundWithoutAHint(c, body, asOurs().body(body).post("/graphql"), theirs);
    }

    private void aKeySeesOnlyItsOwnWorkspace() {
        Response response = asOurs().body(Map.of("query", "{ workspaces { edges { node { id slug name } } } }"))
                .post("/graphql");
        JsonPath json = response.jsonPath();
        assertThat(json.getList("errors")).as(response.asString()).isNull();
        assertThat(json.getList("data.workspaces.edges.node.slug", String.class)).containsExactly(ours.slug());
        Hints.assertRevealsNothing("", response.asString(), theirs, response.asString());
    }

    private void onlyTheInstanceAdministratorCreatesWorkspaces() {
        String slug = "not-ours-" + UUID.randomUUID().toString().substring(0, 8);
        Response response = asOurs().body(Map.of(
                "query", "mutation($in: CreateWorkspaceInput!) { createWorkspace(input: $in) { workspace { id } } }",
                "variables", Map.of("in", Map.of("slug", slug, "name", "Not ours")))).post("/graphql");
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(response.asString()).isEqualTo("FORBIDDEN");
        assertThat(response.jsonPath().getString("data.createWorkspace")).isNull();
        asAdmin().get("/api/v1/workspaces/" + slug).then().statusCode(404);
    }

    private void meNamesOnlyOurWorkspace() {
        Response response = asOurs().body(Map.of("query", "{ me { id workspaces { slug } notifications { edges { node"
                + " { summary } } } assignedToMe { edges { node { key title } } } awaitingMyApproval { edges { node"
                + " { workItemTitle } } } } }")).post("/graphql");
        assertThat(response.jsonPath().getList("errors")).as(response.asString()).isNull();
        assertThat(response.jsonPath().getList("data.me.workspaces.slug", String.class)).containsExactly(ours.slug());
        Hints.assertRevealsNothing("", response.asString(), theirs, response.asString());
    }

    private void markingAllReadTouchesNothingOfTheirs() {
        Response response = asOurs().body(Map.of("query", "mutation { markAllNotificationsRead { marked } }"))
                .post("/graphql");
        assertThat(response.jsonPath().getInt("data.markAllNotificationsRead.marked")).as(response.asString()).isZero();
    }

    private void aNotificationOfAnotherIsNotFound() {
        Response response = asOurs().body(Map.of("query", "mutation($in: MarkNotificationReadInput!) {"
                + " markNotificationRead(input: $in) { notification { id } } }", "variables", Map.of("in",
                Map.of("id", UUID.randomUUID().toString())))).post("/graphql");
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(response.asString())
                .isEqualTo("NOTIFICATION_NOT_FOUND");
    }

    private void theirPreferencesAreNotFound() {
        Response response = asOurs().body(Map.of("query", "mutation($in: UpdateNotificationPreferencesInput!) {"
                + " updateNotificationPreferences(input: $in) { workspaces { workspaceId } } }", "variables",
                Map.of("in", Map.of("workspace", theirs.workspace().key(), "preferences",
                        java.util.List.of(Map.of("kind", "MENTIONED", "channel", "NONE")))))).post("/graphql");
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(response.asString())
                .isEqualTo("WORKSPACE_NOT_FOUND");
        Hints.assertRevealsNothing("", response.asString(), theirs, theirs.workspace().key());
    }

    private RequestSpecification asOurs() {
        return given().header("Authorization", "Bearer " + ours.key()).contentType(ContentType.JSON);
    }
}

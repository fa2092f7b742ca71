package io.worklane.api.isolation;

import io.worklane.api.support.contract.Contract;
import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKeys;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Tenant isolation of the REST API, generated from the contract: every operation of openapi.yaml on a
 * workspace or inside it, sent with workspace A's key (all scopes) to workspace B's objects, answers
 * 404 with a problem document and without a hint, and changes nothing of B. A new operation is covered
 * as soon as it is in the contract; one the matrix cannot aim at B yet fails, saying what to add.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestTenantIsolationMatrixTest {
    @Inject
    ApiKeys apiKeys;

    private OurWorkspace ours;
    private TheirWorkspace theirs;
    private Contract contract;
    private RestCases cases;

    /** The operations that are not on a workspace, each with what tenancy means for it. */
    private final Map<String, Runnable> outsideAnyWorkspace = Map.ofEntries(
            Map.entry("listWorkspaces", this::aKeyListsOnlyItsOwnWorkspace),
            Map.entry("createWorkspace", this::onlyTheInstanceAdministratorCreatesWorkspaces),
            Map.entry("getMe", this::meNamesOnlyOurWorkspace),
            Map.entry("listMyWorkItems", () -> nothingOfTheirs("/api/v1/me/work-items")),
            Map.entry("listMyApprovals", () -> nothingOfTheirs("/api/v1/me/approvals")),
            Map.entry("listMyNotifications", () -> nothingOfTheirs("/api/v1/me/notifications")),
            Map.entry("listMyReminders", () -> nothingOfTheirs("/api/v1/me/reminders")),
            Map.entry("countMyUnreadNotifications", () -> nothingOfTheirs("/api/v1/me/notifications/unread-count")),
            Map.entry("markAllNotificationsRead", this::markingAllReadTouchesNothingOfTheirs),
            Map.entry("markNotificationRead", this::aNotificationOfAnotherIsNotFound),
            Map.entry("getMyNotificationPreferences", this::theirPreferencesAreNotFound),
            Map.entry("updateMyNotificationPreferences", this::theirPreferencesAreNotFound),
            Map.entry("unsubscribeByLink", this::aForgedUnsubscribeLinkIsNotValid),
            Map.entry("unsubscribeOneClick", this::aForgedUnsubscribeLinkIsNotValid),
            Map.entry("downloadAttachment", this::theirDownloadLinkIsUselessToUs),
            Map.entry("getCalendarFeed", this::aGuessedCalendarFeedIsNotValid),
            Map.entry("getPublicForm", this::theirMembersFormIsNotFound),
            Map.entry("submitForm", this::theirMembersFormTakesNoSubmission),
            Map.entry("getFormSubmissionStatus", this::aGuessedTrackingTokenIsNotValid));

    /** Once per class, on first use: REST Assured knows the test port only from the first test on. */
    private void workspacesAAndB() {
        if (ours != null) {
            return;
        }
        ours = OurWorkspace.create(apiKeys);
        theirs = TheirWorkspace.create(apiKeys);
        contract = Contract.load();
        cases = new RestCases(contract, new ReferenceTable(ours, theirs));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationOnTheirWorkspaceIsNotFoundForUs() {
        workspacesAAndB();
        WorkspaceSnapshot before = WorkspaceSnapshot.of(cases, contract);
        return Stream.of(
                Stream.of(dynamicTest("B's objects are there: the instance administrator reads each GET of the contract",
                        before::assertEverythingIsThere)),
                cases.insideTheirWorkspace().stream().map(c -> dynamicTest(c.name(), () -> aimAtTheirs(c))),
                Stream.of(dynamicTest("afterwards nothing of workspace B has changed",
                        () -> WorkspaceSnapshot.of(cases, contract).assertSameAs(before))))
                .flatMap(s -> s);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationOutsideAWorkspaceHasItsOwnAssertion() {
        workspacesAAndB();
        return cases.outsideAnyWorkspace().stream().map(operation -> dynamicTest(operation + " keeps to A's tenancy",
                () -> outsideAnyWorkspace.getOrDefault(operation.id(), () -> fail(operation + " is not on a workspace, so "
                        + "the matrix cannot aim it at B: decide what tenancy means for it and add an explicit assertion "
                        + "to outsideAnyWorkspace in " + getClass().getSimpleName())).run()));
    }

    private void aimAtTheirs(RestCase c) {
        KnownLeaks.reasonFor(c.key()).ifPresent(Assumptions::abort);
        if (c.notCovered() != null) {
            fail(c.notCovered());
        }
        Hints.assertRestNotFoundWithoutAHint(c, c.request().sendWith(ours.key()), theirs);
    }

    private void aKeyListsOnlyItsOwnWorkspace() {
        Response response = asOurs().get("/api/v1/workspaces");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getList("items.slug", String.class)).containsExactly(ours.slug());
        Hints.assertRevealsNothing("GET /api/v1/workspaces", response.asString(), theirs, response.asString());
    }

    private void onlyTheInstanceAdministratorCreatesWorkspaces() {
        String slug = "not-ours-" + UUID.randomUUID().toString().substring(0, 8);
        Response response = asOurs().body(Map.of("slug", slug, "name", "Not ours")).post("/api/v1/workspaces");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("code")).isEqualTo("FORBIDDEN");
        asAdmin().get("/api/v1/workspaces/" + slug).then().statusCode(404);
    }

    private void meNamesOnlyOurWorkspace() {
        Response response = asOurs().get("/api/v1/me");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.jsonPath().getList("workspaces.slug", String.class)).containsExactly(ours.slug());
        Hints.assertRevealsNothing("GET /api/v1/me", response.asString(), theirs, response.asString());
    }

    /** A key is nobody: its personal lists are empty, and in any case hold nothing of B. */
    private void nothingOfTheirs(String path) {
        Response response = asOurs().get(path);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        Hints.assertRevealsNothing("GET " + path, response.asString(), theirs, response.asString());
    }

    private void markingAllReadTouchesNothingOfTheirs() {
        Response response = asOurs().post("/api/v1/me/notifications/read-all");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.jsonPath().getInt("marked")).isZero();
    }

    private void aNotificationOfAnotherIsNotFound() {
        Response response = asOurs().post("/api/v1/me/notifications/" + UUID.randomUUID() + "/read");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
        assertThat(response.jsonPath().getString("code")).isEqualTo("NOTIFICATION_NOT_FOUND");
    }

    private void theirPreferencesAreNotFound() {
        for (String ref : List.of(theirs.workspace().key(), theirs.workspace().id())) {
            Response read = asOurs().queryParam("workspace", ref).get("/api/v1/me/notification-preferences");
            Response write = asOurs().queryParam("workspace", ref).body(Map.of("preferences",
                    List.of(Map.of("kind", "MENTIONED", "channel", "NONE")))).put("/api/v1/me/notification-preferences");
            for (Response r : List.of(read, write)) {
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(404);
                Hints.assertRevealsNothing("preferences of " + ref, r.asString(), theirs, ref);
            }
        }
    }

    private void aForgedUnsubscribeLinkIsNotValid() {
        for (String method : List.of("GET", "POST")) {
            Response response = asOurs().request(method, "/api/v1/notification-unsubscribe/forged.token");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
            assertThat(response.jsonPath().getString("code")).isEqualTo("LINK_NOT_VALID");
        }
    }

    /** A feed is reached by its secret token alone (B's feed ids and URLs are of no use): a guess is 404. */
    private void aGuessedCalendarFeedIsNotValid() {
        for (String token : List.of("wlcal_" + "0".repeat(40), theirs.calendarFeed().id(), "forged")) {
            Response response = asOurs().get("/api/v1/calendar/" + token + ".ics");
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
            assertThat(response.jsonPath().getString("code")).isEqualTo("LINK_NOT_VALID");
            Hints.assertRevealsNothing("GET calendar feed " + token, response.asString(), theirs, token);
        }
    }

    /** B's MEMBERS form, by its address (or its id), is to A's key what a form that does not exist is: 404. */
    private void theirMembersFormIsNotFound() {
        for (String ref : List.of(theirs.form().key(), theirs.form().id())) {
            Response response = asOurs().get("/api/v1/forms/" + ref);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
            assertThat(response.jsonPath().getString("code")).isEqualTo("FORM_NOT_FOUND");
            Hints.assertRevealsNothing("GET form " + ref, response.asString(), theirs, ref);
        }
    }

    private void theirMembersFormTakesNoSubmission() {
        String ref = theirs.form().key();
        Response response = asOurs().body(Map.of("email", "a@a.example", "summary", "Ours"))
                .post("/api/v1/forms/" + ref + "/submissions");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
        assertThat(response.jsonPath().getString("code")).isEqualTo("FORM_NOT_FOUND");
        Hints.assertRevealsNothing("POST form " + ref, response.asString(), theirs, ref);
    }

    private void aGuessedTrackingTokenIsNotValid() {
        String ref = theirs.form().key();
        for (String token : List.of("wlfs_" + "0".repeat(40), theirs.workItem().id(), "forged")) {
            Response response = asOurs().get("/api/v1/forms/" + ref + "/submissions/" + token);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
            Hints.assertRevealsNothing("GET /api/v1/forms/" + ref + "/submissions/" + token, response.asString(), theirs,
                    token);
        }
    }

    private void theirDownloadLinkIsUselessToUs() {
        String link = asAdmin().get("/api/v1/workspaces/" + theirs.workspace().key() + "/work-items/"
                + theirs.workItem().key() + "/attachments/" + theirs.attachment().id()).then().statusCode(200)
                .extract().path("downloadUrl");
        Response response = asOurs().get(java.net.URI.create(link).getRawPath());
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(404);
        assertThat(response.jsonPath().getString("code")).isEqualTo("LINK_NOT_VALID");
        Hints.assertRevealsNothing("GET " + link, response.asString(), theirs, link);
    }

    private RequestSpecification asOurs() {
        return given().header("Authorization", "Bearer " + ours.key()).contentType(ContentType.JSON);
    }
}

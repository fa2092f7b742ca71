package io.worklane.api.notification;

import static io.worklane.api.notification.Mailbox.await;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.worklane.api.notification.Team.Person;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.PostgresResource;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mentions, watchers and notifications as people see them: the inbox (REST), e-mail through a real SMTP
 * server, coalescing of bursts, preferences and unsubscribing.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(MailProfile.class)
class CollaborationTest {

    @BeforeAll
    static void smtp() throws Exception {
        Mailbox.open();
    }

    @Test
    void aMentionInACommentTellsTheMentionedPersonWhoThenWatches() {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        String item = team.anItem("Plan the launch");

        grace.asThem().body(Map.of("body", "@" + ada.handle() + " can you check the numbers? `@" + ada.handle()
                + "` in code is not a mention")).post(team.item(item) + "/comments").then().statusCode(201);

        JsonPath inbox = ada.asThem().get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
        assertThat(inbox.getList("items.kind", String.class)).containsExactly("MENTIONED");
        assertThat(inbox.getString("items[0].workItemKey")).isEqualTo(item);
        assertThat(inbox.getString("items[0].summary")).contains("mentioned you").contains(item);
        assertThat(inbox.getInt("items[0].count")).isEqualTo(1);
        assertThat(grace.asThem().get("/api/v1/me/notifications").then().extract().jsonPath().getList("items")).isEmpty();
        assertThat(asAdmin().get(team.item(item) + "/mentions").then().statusCode(200).extract().jsonPath()
                .getList("items.memberId", String.class)).containsExactly(ada.memberId());
        assertThat(asAdmin().get(team.item(item) + "/watchers").then().statusCode(200).extract().jsonPath()
                .getList("items.reason", String.class)).containsExactlyInAnyOrder("COMMENTER", "MENTIONED");
    }

    @Test
    void aMentionOfSomeoneOutsideTheWorkspaceTellsNobodyAndRevealsNothing() {
        Team team = Team.aTeam();
        Team elsewhere = Team.aTeam();
        Person stranger = elsewhere.aPerson("stranger");
        Person grace = team.aPerson("grace");
        String item = team.anItem("Private plan");

        Response written = grace.asThem().body(Map.of("body", "cc @" + stranger.email() + " and @" + stranger.handle()
                + " and @nobody-at-all")).post(team.item(item) + "/comments");

        assertThat(written.statusCode()).isEqualTo(201);
        assertThat(written.asString()).doesNotContain(stranger.memberId());
        assertThat(stranger.asThem().get("/api/v1/me/notifications").then().extract().jsonPath().getList("items")).isEmpty();
        assertThat(asAdmin().get(team.item(item) + "/mentions").then().extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void anAssignmentIsInTheInboxAndEmailedAtOnceAlsoToSomeoneWhoNeverSignedIn() throws Exception {
        Team team = Team.aTeam();
        Person bob = team.aMember("bob", "MEMBER");
        String item = team.anItem("Order the chairs");

        asAdmin().body(Map.of("assigneeIds", List.of(bob.memberId()))).patch(team.item(item)).then().statusCode(200);

        List<MimeMessage> mails = await(() -> Mailbox.to(bob.email()), m -> !m.isEmpty(), "the assignment e-mail");
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).contains("assigned you").contains(item);
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/api/v1/notification-unsubscribe/");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Order the chairs").contains("Stop e-mails");
        bob.asThem().get("/api/v1/me").then().statusCode(200);
        assertThat(bob.asThem().get("/api/v1/me/notifications").then().extract().jsonPath()
                .getList("items.kind", String.class)).containsExactly("ASSIGNED");
    }

    @Test
    void anApprovalRequestIsToldToItsApproverAtOnceAndTheDecisionToWhoAskedAndTheWatchers() throws Exception {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        Person watcher = team.aPerson("linus");
        String item = team.anItem("Sign the lease");
        watcher.asThem().put(team.item(item) + "/watchers/me").then().statusCode(200);

        String approvalId = grace.asThem().body(Map.of("approvers", List.of(ada.memberId()), "policy", "ANY"))
                .post(team.item(item) + "/approvals").then().statusCode(201).extract().path("id");

        JsonPath asked = ada.asThem().get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
        assertThat(asked.getList("items.kind", String.class)).containsExactly("APPROVAL_REQUESTED");
        assertThat(asked.getString("items[0].workItemKey")).isEqualTo(item);
        MimeMessage mail = await(() -> Mailbox.to(ada.email()), m -> !m.isEmpty(), "the approval request e-mail").get(0);
        assertThat(mail.getSubject()).contains("approval").contains(item);

        ada.asThem().body(Map.of("comment", "fine")).post("/api/v1/workspaces/" + team.slug() + "/approvals/"
                + approvalId + "/approve").then().statusCode(200);

        for (Person told : List.of(grace, watcher)) {
            JsonPath inbox = told.asThem().get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
            assertThat(inbox.getList("items.kind", String.class)).as(told.handle()).contains("APPROVAL_DECIDED");
            assertThat(inbox.getString("items.find { it.kind == 'APPROVAL_DECIDED' }.summary")).as(told.handle())
                    .contains("APPROVED");
        }
        assertThat(ada.asThem().get("/api/v1/me/notifications").then().extract().jsonPath()
                .getList("items.kind", String.class)).as("the approver is not told of their own decision")
                .doesNotContain("APPROVAL_DECIDED");
    }

    @Test
    void watchersMentionsAndRemindersOverGraphQL() {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        Person linus = team.aPerson("linus");
        String item = team.anItem("Over GraphQL");
        asAdmin().body(Map.of("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())).patch(team.item(item))
                .then().statusCode(200);
        grace.asThem().body(Map.of("body", "@" + ada.handle() + " see this")).post(team.item(item) + "/comments")
                .then().statusCode(201);
        Map<String, Object> target = Map.of("ws", team.slug(), "wi", item);

        JsonPath watched = GraphQL.ok(ada.token(), "mutation($ws: String!, $wi: String!) { unwatchWorkItem(input:"
                + " {workspace: $ws, workItem: $wi}) { watcher { memberId } } }", target);
        assertThat(watched.getMap("data.unwatchWorkItem")).as("no watcher left").containsEntry("watcher", null);
        GraphQL.ok(ada.token(), "mutation($ws: String!, $wi: String!, $m: String!) { addWatcher(input: {workspace: $ws,"
                + " workItem: $wi, member: $m}) { watcher { reason } } }", Map.of("ws", team.slug(), "wi", item,
                "m", linus.memberId()));
        String id = asAdmin().get(team.item(item)).then().extract().path("id");
        JsonPath node = GraphQL.ok(ada.token(), "query($id: ID!) { node(id: $id) { ... on WorkItem {"
                + " watchers { memberId reason } mentions { memberId commentId } comments { mentions { memberId } } } } }",
                Map.of("id", id));
        assertThat(node.getList("data.node.watchers.memberId", String.class)).as("ada unwatched, linus was added")
                .containsExactlyInAnyOrder(grace.memberId(), linus.memberId());
        assertThat(node.getString("data.node.watchers.find { it.memberId == '" + linus.memberId() + "' }.reason"))
                .isEqualTo("MANUAL");
        assertThat(node.getList("data.node.mentions.memberId", String.class)).containsExactly(ada.memberId());
        assertThat(node.getString("data.node.mentions[0].commentId")).isNotNull();
        assertThat(node.getList("data.node.comments[0].mentions.memberId", String.class)).containsExactly(ada.memberId());

        JsonPath reminder = GraphQL.ok(ada.token(), "mutation($ws: String!, $wi: String!) { createReminder(input:"
                + " {workspace: $ws, workItem: $wi, remindBefore: \"P1D\"}) { reminder { id remindAt workItemKey } } }", target);
        assertThat(reminder.getString("data.createReminder.reminder.workItemKey")).isEqualTo(item);
        assertThat(reminder.getString("data.createReminder.reminder.remindAt")).isNotNull();
        assertThat(GraphQL.ok(ada.token(), "{ me { reminders { id } } }", Map.of()).getList("data.me.reminders.id",
                String.class)).containsExactly(reminder.getString("data.createReminder.reminder.id"));
        JsonPath paged = GraphQL.ok(ada.token(), "{ me { remindersConnection(first: 1) { pageInfo { hasNextPage }"
                + " edges { cursor node { id } } } } }", Map.of());
        assertThat(paged.getList("data.me.remindersConnection.edges.node.id", String.class))
                .containsExactly(reminder.getString("data.createReminder.reminder.id"));
        assertThat(paged.getBoolean("data.me.remindersConnection.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void whoCreatesAndWhoIsAssignedWatchOfThemselves() {
        Team team = Team.aTeam();
        Person grace = team.aPerson("grace");
        Person linus = team.aPerson("linus");
        String item = grace.asThem().body(Map.of("project", "OPS", "title", "Mine", "assigneeIds",
                List.of(linus.memberId()))).post("/api/v1/workspaces/" + team.slug() + "/work-items").then()
                .statusCode(201).extract().path("key");

        JsonPath watchers = asAdmin().get(team.item(item) + "/watchers").then().statusCode(200).extract().jsonPath();
        assertThat(watchers.getString("items.find { it.memberId == '" + grace.memberId() + "' }.reason")).isEqualTo("CREATOR");
        assertThat(watchers.getString("items.find { it.memberId == '" + linus.memberId() + "' }.reason")).isEqualTo("ASSIGNEE");
    }

    @Test
    void aBurstOfChangesToOneItemIsOneNotification() {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        String item = team.anItem("Busy item");
        ada.asThem().put(team.item(item) + "/watchers/me").then().statusCode(200);

        for (int i = 0; i < 5; i++) {
            grace.asThem().body(Map.of("body", "update " + i)).post(team.item(item) + "/comments").then().statusCode(201);
        }

        JsonPath inbox = ada.asThem().get("/api/v1/me/notifications").then().extract().jsonPath();
        assertThat(inbox.getList("items.kind", String.class)).containsExactly("COMMENTED");
        assertThat(inbox.getInt("items[0].count")).isEqualTo(5);
        assertThat(inbox.getString("items[0].summary")).contains("update 4");
    }

    @Test
    void aMoveIsToldToWatchersAndUnwatchingStopsIt() {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        String item = team.anItem("Move me");
        ada.asThem().put(team.item(item) + "/watchers/me").then().statusCode(200);

        grace.asThem().body(Map.of("to", "in_progress")).post(team.item(item) + "/transitions").then().statusCode(200);
        ada.asThem().delete(team.item(item) + "/watchers/me").then().statusCode(204);
        grace.asThem().body(Map.of("body", "after unwatching")).post(team.item(item) + "/comments").then().statusCode(201);

        JsonPath inbox = ada.asThem().get("/api/v1/me/notifications").then().extract().jsonPath();
        assertThat(inbox.getList("items.kind", String.class)).containsExactly("STATUS_CHANGED");
        assertThat(inbox.getString("items[0].summary")).contains("todo → in_progress");
        assertThat(asAdmin().get(team.item(item) + "/watchers").then().extract().jsonPath()
                .getList("items.memberId", String.class)).doesNotContain(ada.memberId()).contains(grace.memberId());
    }

    @Test
    void readingTheInbox() {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        for (String title : List.of("One", "Two", "Three")) {
            String item = team.anItem(title);
            asAdmin().body(Map.of("assigneeIds", List.of(ada.memberId()))).patch(team.item(item)).then().statusCode(200);
        }
        JsonPath all = ada.asThem().get("/api/v1/me/notifications?limit=2").then().extract().jsonPath();
        assertThat(all.getList("items.workItemTitle", String.class)).containsExactly("Three", "Two");
        assertThat(ada.asThem().queryParam("cursor", all.getString("nextCursor")).get("/api/v1/me/notifications?limit=2")
                .then().extract().jsonPath().getList("items.workItemTitle", String.class)).containsExactly("One");
        String first = all.getString("items[0].id");

        assertThat(grace.asThem().post("/api/v1/me/notifications/" + first + "/read").then().statusCode(404).extract()
                .jsonPath().getString("code")).isEqualTo("NOTIFICATION_NOT_FOUND");
        ada.asThem().post("/api/v1/me/notifications/" + first + "/read").then().statusCode(200);
        assertThat(ada.asThem().get("/api/v1/me/notifications/unread-count").then().extract().jsonPath()
                .getInt("count")).isEqualTo(2);
        assertThat(ada.asThem().get("/api/v1/me/notifications?unread=true").then().extract().jsonPath()
                .getList("items.workItemTitle", String.class)).containsExactly("Two", "One");
        assertThat(ada.asThem().post("/api/v1/me/notifications/read-all").then().statusCode(200).extract().jsonPath()
                .getInt("marked")).isEqualTo(2);
        assertThat(ada.asThem().get("/api/v1/me/notifications/unread-count").then().extract().jsonPath()
                .getInt("count")).isZero();
    }

    @Test
    void preferencesDecideWhereNotificationsGoAndAMalformedOneIsRefused() {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        String item = team.anItem("Quiet please");

        JsonPath defaults = ada.asThem().get("/api/v1/me/notification-preferences").then().statusCode(200).extract().jsonPath();
        assertThat(defaults.getString("items[0].preferences.find { it.kind == 'MENTIONED' }.channel")).isEqualTo("EMAIL");
        assertThat(defaults.getString("items[0].preferences.find { it.kind == 'COMMENTED' }.channel")).isEqualTo("INBOX");
        Response malformed = ada.asThem().body(Map.of("preferences", List.of(Map.of("kind", "SOMETIMES", "channel", "EMAIL"))))
                .put("/api/v1/me/notification-preferences");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(ada.asThem().body(Map.of("preferences", List.of(Map.of("kind", "ASSIGNED", "channel", "LOUDLY"))))
                .put("/api/v1/me/notification-preferences").statusCode()).isEqualTo(400);

        ada.asThem().body(Map.of("preferences", List.of(Map.of("kind", "ASSIGNED", "channel", "NONE"))))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);
        asAdmin().body(Map.of("assigneeIds", List.of(ada.memberId()))).patch(team.item(item)).then().statusCode(200);

        assertThat(ada.asThem().get("/api/v1/me/notifications").then().extract().jsonPath().getList("items")).isEmpty();
        assertThat(asAdmin().get("/api/v1/me/notification-preferences").then().statusCode(200).extract().jsonPath()
                .getList("items")).isEmpty();
        assertThat(asAdmin().body(Map.of("preferences", List.of(Map.of("kind", "ASSIGNED", "channel", "NONE"))))
                .put("/api/v1/me/notification-preferences").then().statusCode(422).extract().jsonPath()
                .getString("code")).isEqualTo("NOT_A_PERSON");
    }

    @Test
    void theUnsubscribeLinkOfAMailStopsThoseMailsButNotTheInbox() throws Exception {
        Team team = Team.aTeam();
        Person bob = team.aMember("bob", "MEMBER");
        String first = team.anItem("First");
        asAdmin().body(Map.of("assigneeIds", List.of(bob.memberId()))).patch(team.item(first)).then().statusCode(200);
        MimeMessage mail = await(() -> Mailbox.to(bob.email()), m -> !m.isEmpty(), "the first mail").get(0);
        String link = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");

        Response unsubscribed = io.restassured.RestAssured.given().post(java.net.URI.create(link).getRawPath());
        assertThat(unsubscribed.statusCode()).as(unsubscribed.asString()).isEqualTo(200);
        assertThat(unsubscribed.jsonPath().getList("kinds", String.class)).containsExactly("ASSIGNED");
        String second = team.anItem("Second");
        asAdmin().body(Map.of("assigneeIds", List.of(bob.memberId()))).patch(team.item(second)).then().statusCode(200);
        String third = team.anItem("Third");
        asAdmin().body(Map.of("assigneeIds", List.of(bob.memberId()))).patch(team.item(third)).then().statusCode(200);

        // a mail for someone else, queued after Bob's would have been: once it is here, Bob's would be too
        Person carol = team.aMember("carol", "MEMBER");
        asAdmin().body(Map.of("assigneeIds", List.of(carol.memberId()))).patch(team.item(third)).then().statusCode(200);
        await(() -> Mailbox.to(carol.email()), m -> !m.isEmpty(), "the sentinel mail");

        bob.asThem().get("/api/v1/me").then().statusCode(200);
        assertThat(bob.asThem().get("/api/v1/me/notifications").then().extract().jsonPath()
                .getList("items.workItemTitle", String.class)).containsExactly("Third", "Second", "First");
        assertThat(Mailbox.to(bob.email())).hasSize(1);
        assertThat(io.restassured.RestAssured.given().get(java.net.URI.create(link).getRawPath() + "x").statusCode())
                .isEqualTo(404);
    }
}

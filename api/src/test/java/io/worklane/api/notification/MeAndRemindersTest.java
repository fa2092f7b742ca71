package io.worklane.api.notification;

import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.worklane.api.application.notification.ReminderWorker;
import io.worklane.api.notification.Team.Person;
import io.worklane.api.support.GraphQL;
import io.worklane.api.support.GraphQLSocket;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** "Me" and "my work" across workspaces, due-date reminders, and the inbox over GraphQL, live included. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(MailProfile.class)
class MeAndRemindersTest {
    @Inject
    ReminderWorker reminders;

    @Test
    void myWorkAcrossMyWorkspaces() {
        Team first = Team.aTeam();
        Team second = Team.aTeam();
        Person ada = first.aPerson("ada");
        Person adaThere = second.join(ada, "VIEWER");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String soon = first.anItem("Due soon");
        asAdmin().body(Map.of("assigneeIds", List.of(ada.memberId()), "dueDate", today.plusDays(2).toString()))
                .patch(first.item(soon)).then().statusCode(200);
        String late = second.anItem("Overdue there");
        asAdmin().body(Map.of("assigneeIds", List.of(adaThere.memberId()), "dueDate", today.minusDays(3).toString()))
                .patch(second.item(late)).then().statusCode(200);
        first.anItem("Not mine");
        String approvalId = asAdmin().body(Map.of("approvers", List.of(ada.memberId()), "policy", "ANY"))
                .post(first.item(soon) + "/approvals").then().statusCode(201).extract().path("id");

        JsonPath me = ada.asThem().get("/api/v1/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("kind")).isEqualTo("MEMBER");
        assertThat(me.getList("workspaces.slug", String.class)).containsExactlyInAnyOrder(first.slug(), second.slug());
        assertThat(me.getString("workspaces.find { it.slug == '" + second.slug() + "' }.role")).isEqualTo("VIEWER");
        assertThat(titles(ada, "")).containsExactlyInAnyOrder("Due soon", "Overdue there");
        assertThat(titles(ada, "?view=DUE_SOON")).containsExactly("Due soon");
        assertThat(titles(ada, "?view=DUE_SOON&days=1")).isEmpty();
        assertThat(titles(ada, "?view=OVERDUE")).containsExactly("Overdue there");
        assertThat(ada.asThem().get("/api/v1/me/approvals").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).containsExactly(approvalId);
        ada.asThem().body(Map.of("comment", "fine")).post("/api/v1/workspaces/" + first.slug() + "/approvals/"
                + approvalId + "/approve").then().statusCode(200);
        assertThat(ada.asThem().get("/api/v1/me/approvals").then().extract().jsonPath().getList("items")).isEmpty();
        assertThat(ada.asThem().get("/api/v1/me/work-items?days=91").statusCode()).isEqualTo(400);
    }

    @Test
    void aReminderFiresOncePerDueDateAndCanBeSnoozed() {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        String item = team.anItem("Renew the licence");
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        asAdmin().body(Map.of("dueDate", yesterday.toString())).patch(team.item(item)).then().statusCode(200);

        JsonPath reminder = ada.asThem().body(Map.of("remindBefore", "P1D")).post(team.item(item) + "/reminders")
                .then().statusCode(201).extract().jsonPath();
        assertThat(Instant.parse(reminder.getString("remindAt"))).isEqualTo(
                yesterday.atTime(9, 0).toInstant(ZoneOffset.UTC).minus(Duration.ofDays(1)));
        assertThat(ada.asThem().body(Map.of("remindBefore", "P1D")).post(team.item(item) + "/reminders")
                .then().statusCode(409).extract().jsonPath().getString("code")).isEqualTo("REMINDER_EXISTS");
        assertThat(ada.asThem().body(Map.of("remindBefore", "tomorrow")).post(team.item(item) + "/reminders")
                .then().statusCode(400).extract().jsonPath().getString("errors[0].field")).isEqualTo("remindBefore");
        assertThat(asAdmin().body(Map.of("remindBefore", "P1D")).post(team.item(item) + "/reminders")
                .then().statusCode(422).extract().jsonPath().getString("code")).isEqualTo("NOT_A_PERSON");
        String id = reminder.getString("id");
        grace.asThem().body(Map.of("until", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/workspaces/" + team.slug() + "/reminders/" + id + "/snooze").then().statusCode(404);

        reminders.fire();
        reminders.fire();

        JsonPath inbox = ada.asThem().get("/api/v1/me/notifications").then().extract().jsonPath();
        assertThat(inbox.getList("items.kind", String.class)).containsExactly("DUE_SOON");
        assertThat(inbox.getString("items[0].summary")).contains(item).contains("due " + yesterday);
        assertThat(ada.asThem().get("/api/v1/me/reminders").then().extract().jsonPath().getString("items[0].sentAt"))
                .isNotNull();

        ada.asThem().header("If-Match", "\"1\"").body(Map.of("until", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/workspaces/" + team.slug() + "/reminders/" + id + "/snooze").then().statusCode(200);
        reminders.fire();
        assertThat(ada.asThem().get("/api/v1/me/notifications").then().extract().jsonPath().getList("items")).hasSize(1);

        // a new due date: the reminder follows it and may fire again
        asAdmin().body(Map.of("dueDate", yesterday.minusDays(1).toString())).patch(team.item(item)).then().statusCode(200);
        reminders.fire();
        assertThat(ada.asThem().get("/api/v1/me/notifications").then().extract().jsonPath().getInt("items[0].count"))
                .isEqualTo(2);
        ada.asThem().delete("/api/v1/workspaces/" + team.slug() + "/reminders/" + id).then().statusCode(204);
        assertThat(ada.asThem().get(team.item(item) + "/reminders").then().extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void instancesFiringTogetherSendEachReminderOnce() throws Exception {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        String due = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
        for (int i = 0; i < 12; i++) {
            String item = team.anItem("Chore " + i);
            asAdmin().body(Map.of("dueDate", due)).patch(team.item(item)).then().statusCode(200);
            ada.asThem().body(Map.of("remindBefore", "-P1D")).post(team.item(item) + "/reminders").then().statusCode(201);
        }

        List<CompletableFuture<Integer>> racing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> reminders.fire()));
        }
        int fired = 0;
        for (CompletableFuture<Integer> f : racing) {
            fired += f.get();
        }

        JsonPath inbox = ada.asThem().get("/api/v1/me/notifications?limit=50").then().extract().jsonPath();
        assertThat(inbox.getList("items.kind", String.class)).hasSize(12).containsOnly("OVERDUE");
        assertThat(inbox.getList("items.count", Integer.class)).containsOnly(1);
        assertThat(fired).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theInboxOverGraphQLLiveIncluded() throws Exception {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        String item = team.anItem("Live item");

        try (GraphQLSocket socket = GraphQLSocket.withKey(ada.token())) {
            socket.subscribe("1", "subscription { notifications { kind summary count workItemKey } }", Map.of());
            Thread.sleep(500);
            grace.asThem().body(Map.of("body", "@" + ada.handle() + " live")).post(team.item(item) + "/comments")
                    .then().statusCode(201);
            JsonObject next = socket.next(Duration.ofSeconds(30));
            assertThat(next).as("a next message").isNotNull();
            JsonObject n = next.getJsonObject("payload").getJsonObject("data").getJsonObject("notifications");
            assertThat(n.getString("kind")).isEqualTo("MENTIONED");
            assertThat(n.getString("workItemKey")).isEqualTo(item);
        }

        JsonPath me = GraphQL.ok(ada.token(), """
                { me { kind workspaces { slug role } unreadNotificationCount
                       notifications(unread: true) { edges { node { kind summary read } } }
                       assignedToMe { edges { node { key } } } } }""", Map.of());
        assertThat(me.getString("data.me.kind")).isEqualTo("MEMBER");
        assertThat(me.getInt("data.me.unreadNotificationCount")).isEqualTo(1);
        assertThat(me.getList("data.me.notifications.edges.node.kind", String.class)).containsExactly("MENTIONED");
        String id = ada.asThem().get("/api/v1/me/notifications").then().extract().jsonPath().getString("items[0].id");
        JsonPath read = GraphQL.ok(ada.token(), "mutation($in: MarkNotificationReadInput!) {"
                + " markNotificationRead(input: $in) { notification { read } } }", Map.of("in", Map.of("id", id)));
        assertThat(read.getBoolean("data.markNotificationRead.notification.read")).isTrue();
        JsonPath refused = GraphQL.as(io.worklane.api.support.Api.ADMIN_KEY, "mutation { updateNotificationPreferences("
                + "input: {preferences: [{kind: MENTIONED, channel: NONE}]}) { workspaces { workspaceId } } }", Map.of());
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("NOT_A_PERSON");
    }

    private static List<String> titles(Person p, String query) {
        return p.asThem().get("/api/v1/me/work-items" + query).then().statusCode(200).extract().jsonPath()
                .getList("items.title", String.class);
    }
}

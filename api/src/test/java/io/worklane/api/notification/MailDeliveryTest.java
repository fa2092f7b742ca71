package io.worklane.api.notification;

import static io.worklane.api.notification.Mailbox.await;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.api.notification.Team.Person;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.notification.MailQueue;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail from the outbox when the SMTP server misbehaves: an outage delays mail and never loses it, a mail is
 * sent once, a hanging server slows no request; digests gather a person's notifications into one mail.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(MailProfile.class)
class MailDeliveryTest {
    @Inject
    Pool pool;
    @Inject
    MailQueue queue;

    @BeforeEach
    void smtpUp() throws Exception {
        Mailbox.open();
    }

    @AfterEach
    void smtpBack() throws Exception {
        Mailbox.open();
    }

    @Test
    void anSmtpOutageDelaysMailAndTheMailArrivesOnceWhenTheServerIsBack() throws Exception {
        Team team = Team.aTeam();
        Person bob = team.aMember("bob", "MEMBER");
        String item = team.anItem("Sent despite the outage");
        Mailbox.stopServer();

        asAdmin().body(Map.of("assigneeIds", List.of(bob.memberId()))).patch(team.item(item)).then().statusCode(200);

        await(() -> attempts(bob.memberId()), n -> n >= 2, "two failed attempts while the server is down");
        assertThat(status(bob.memberId())).isEqualTo("PENDING");
        Mailbox.open();
        await(() -> Mailbox.to(bob.email()), m -> !m.isEmpty(), "the mail after the outage");
        sentinelFor(team);
        assertThat(Mailbox.to(bob.email())).hasSize(1);
        assertThat(status(bob.memberId())).isEqualTo("SENT");
    }

    @Test
    void aHangingSmtpServerSlowsNoRequestAndItsMailIsSentWhenItAnswersAgain() throws Exception {
        Team team = Team.aTeam();
        Person bob = team.aMember("bob", "MEMBER");
        String item = team.anItem("Sent despite the hang");
        Mailbox.hang();

        asAdmin().body(Map.of("assigneeIds", List.of(bob.memberId()))).patch(team.item(item)).then().statusCode(200);
        await(() -> attempts(bob.memberId()), n -> n >= 1, "an attempt against the hanging server");
        // requests go on being answered while the worker waits on the server
        for (int i = 0; i < 5; i++) {
            asAdmin().body(Map.of("body", "still answering " + i)).post(team.item(item) + "/comments")
                    .then().statusCode(201);
        }
        await(() -> lastError(bob.memberId()), e -> e != null, "the attempt to time out");
        assertThat(status(bob.memberId())).isEqualTo("PENDING");

        Mailbox.open();
        await(() -> Mailbox.to(bob.email()), m -> !m.isEmpty(), "the mail once the server answers");
        sentinelFor(team);
        assertThat(Mailbox.to(bob.email())).hasSize(1);
    }

    @Test
    void anHourlyDigestGathersAPersonsNotificationsIntoOneMail() throws Exception {
        Team team = Team.aTeam();
        Person ada = team.aPerson("ada");
        Person grace = team.aPerson("grace");
        ada.asThem().body(Map.of("preferences", List.of(Map.of("kind", "COMMENTED", "channel", "EMAIL",
                "digest", "HOURLY")))).put("/api/v1/me/notification-preferences").then().statusCode(200);
        for (String title : List.of("Alpha", "Beta")) {
            String item = team.anItem(title);
            ada.asThem().put(team.item(item) + "/watchers/me").then().statusCode(200);
            grace.asThem().body(Map.of("body", "news on " + title)).post(team.item(item) + "/comments")
                    .then().statusCode(201);
        }
        assertThat(Mailbox.to(ada.email())).isEmpty();

        int digests = queue.gatherDigests(Instant.now().plus(2, ChronoUnit.HOURS), 1000).await().indefinitely();

        assertThat(digests).isGreaterThanOrEqualTo(1);
        MimeMessage digest = await(() -> Mailbox.to(ada.email()), m -> !m.isEmpty(), "the digest").get(0);
        assertThat(digest.getSubject()).contains("2 notifications");
        String text = (String) ((jakarta.mail.internet.MimeMultipart) digest.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("Alpha").contains("Beta");
    }

    /** A mail for someone else, queued after the one under test: once it is here, a second copy would be too. */
    private void sentinelFor(Team team) throws Exception {
        Person sentinel = team.aMember("sentinel", "MEMBER");
        String item = team.anItem("Sentinel");
        asAdmin().body(Map.of("assigneeIds", List.of(sentinel.memberId()))).patch(team.item(item)).then().statusCode(200);
        await(() -> Mailbox.to(sentinel.email()), m -> !m.isEmpty(), "the sentinel mail");
    }

    private int attempts(String memberId) {
        return row(memberId, "attempts", r -> r.getInteger("attempts"), 0);
    }

    private String status(String memberId) {
        return row(memberId, "status", r -> r.getString("status"), null);
    }

    private String lastError(String memberId) {
        return row(memberId, "last_error", r -> r.getString("last_error"), null);
    }

    private <T> T row(String memberId, String column, java.util.function.Function<io.vertx.mutiny.sqlclient.Row, T> read,
                      T none) {
        var rows = pool.preparedQuery("SELECT " + column + " FROM mail_outbox WHERE member_id = $1")
                .execute(Tuple.of(java.util.UUID.fromString(memberId))).await().indefinitely();
        return rows.size() == 0 ? none : read.apply(rows.iterator().next());
    }
}

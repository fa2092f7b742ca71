package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static io.worklane.api.webhook.delivery.Hooks.aHook;
import static io.worklane.api.webhook.delivery.Hooks.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.worklane.api.support.PostgresResource;
import io.worklane.api.support.SteppedClock;
import io.worklane.api.webhook.delivery.Receiver.Answer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Disabled after five days of failures", end to end (issue #20, item 5): the worker delivers to a
 * receiver that always answers 500, on the use cases' clock, which the test moves a day at a time. Each
 * work item's delivery fails for good after the schedule (0s, 300ms, 300ms); five such failures within
 * four days leave the subscription ACTIVE, the sixth, five days after the first, disables it, and
 * {@code webhook.disabled} says why.
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
@WithTestResource(PostgresResource.class)
class FailingForDaysTest {
    private static final Duration SOON = Duration.ofSeconds(15);
    private final Receiver receiver = new Receiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void a_subscription_failing_for_five_days_is_disabled_and_not_before() {
        SteppedClock clock = SteppedClock.install();
        receiver.answering(n -> Answer.status(500));
        String ws = aWorkspace();
        aProject(ws, "DAYS");
        var hook = aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));

        for (int day = 0; day <= 4; day++) {
            failOneDeliveryForGood(clock, ws, hook, day);
        }
        assertThat(status(hook)).as("five failures in four days").isEqualTo("ACTIVE");

        clock.advance(Duration.ofDays(1).toSeconds());
        failOneDeliveryForGood(clock, ws, hook, 5);
        eventually(SOON, "disabled", () -> "DISABLED".equals(status(hook)));
        String reason = asAdmin().get("/api/v1/workspaces/" + ws + "/events?limit=100").then().statusCode(200)
                .extract().path("items.find { it.type == 'webhook.disabled' }.data.reason");
        assertThat(reason).contains("6 failed deliveries").contains("5 days");
    }

    /** One work item, its delivery attempted three times (the clock moved past each wait), then FAILED. */
    private void failOneDeliveryForGood(SteppedClock clock, String ws, Hooks.Hook hook, int day) {
        if (day > 0 && day < 5) {
            clock.advance(Duration.ofDays(1).toSeconds());
        }
        int before = receiver.received().size();
        aWorkItem(ws, "DAYS", "Day " + day);
        for (int attempt = 1; attempt <= 3; attempt++) {
            int expected = before + attempt;
            int logged = attempt;
            eventually(SOON, "attempt " + attempt + " of day " + day, () -> receiver.received().size() >= expected);
            // the clock moves on only once the attempt is recorded, so its next one is due after the move
            eventually(SOON, "attempt " + attempt + " of day " + day + " recorded", () -> hook.deliveries()
                    .getList("items[0].attempts").size() >= logged);
            clock.advance(1);
        }
        eventually(SOON, "day " + day + "'s delivery FAILED", () -> "FAILED".equals(
                hook.deliveries().getString("items[0].status")));
    }

    private static String status(Hooks.Hook hook) {
        return asAdmin().get(hook.path()).then().statusCode(200).extract().path("status");
    }
}

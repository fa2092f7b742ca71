package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.webhook.delivery.Hooks.aHook;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.webhook.ClaimedDelivery;
import io.worklane.domain.webhook.DeliveryQueue;
import io.worklane.domain.webhook.QueuedMessage;
import io.worklane.domain.webhook.WebhookDeliveries;
import io.worklane.domain.webhook.WebhookMessage;
import io.worklane.domain.webhook.WebhookSubscriptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two claim loops against one database, as two instances would run: every due delivery is claimed
 * exactly once. The worker is off in this (default) profile; other tests' queued deliveries may be
 * claimed by the loops too, so only this test's are counted.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ConcurrentClaimsTest {
    @Inject
    DeliveryQueue queue;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    WebhookSubscriptions subscriptions;

    @Test
    void two_workers_claiming_at_once_never_take_the_same_attempt() {
        String ws = aWorkspace();
        var hook = aHook(ws, "http://127.0.0.1:9/never-called", List.of("*"));
        UUID wsId = UUID.fromString(io.worklane.api.support.Api.asAdmin().get("/api/v1/workspaces/" + ws).then()
                .extract().path("id"));
        var s = this.subscriptions.find(wsId, UUID.fromString(hook.id())).await().indefinitely().orElseThrow();
        Instant later = Instant.now().plus(Duration.ofHours(1));
        List<QueuedMessage> messages = IntStream.range(0, 400).mapToObj(i -> new QueuedMessage(
                WebhookMessage.messageId(Ids.newId()), null, null, WebhookMessage.PING, "{\"n\":" + i + "}")).toList();
        List<UUID> queued = deliveries.queue(s, messages, later).await().indefinitely();

        List<UUID> claimedByA = new CopyOnWriteArrayList<>();
        List<UUID> claimedByB = new CopyOnWriteArrayList<>();
        Instant claimAt = later.plusSeconds(1);
        Uni.combine().all().unis(drain(claimedByA, claimAt), drain(claimedByB, claimAt)).discardItems()
                .await().atMost(Duration.ofSeconds(60));

        List<UUID> all = new ArrayList<>(claimedByA);
        all.addAll(claimedByB);
        all.retainAll(queued);
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
        assertThat(claimedByA).containsAnyElementsOf(queued);
        assertThat(claimedByB).containsAnyElementsOf(queued);
    }

    /** Claims batches of 7 until none is left, as a worker would. */
    private Uni<Void> drain(List<UUID> claimed, Instant at) {
        return queue.claim(7, at, at.plus(Duration.ofMinutes(5))).chain(batch -> {
            batch.stream().map(ClaimedDelivery::id).forEach(claimed::add);
            return batch.isEmpty() ? Uni.createFrom().voidItem() : drain(claimed, at);
        });
    }
}

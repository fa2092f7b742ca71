package io.worklane.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.Fixtures;
import io.worklane.domain.workitem.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookMessageTest {
    private static final UUID EVENT = UUID.fromString("0b6c2f5e-9d3a-4c1e-8f7a-6b5c4d3e2f1a");
    private static final UUID WS = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID ITEM = UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    private static final Instant AT = Instant.parse("2026-11-26T01:02:03.456Z");

    @Test
    void an_event_is_sent_with_its_type_time_workspace_seq_data_and_previous() {
        String body = WebhookMessage.forEvent(EVENT, "work_item.updated", AT, WS, 42, ITEM, "{\"title\":\"New\"}",
                "{\"title\":\"Old\"}", 4096);
        assertThat(body).isEqualTo("{\"type\":\"work_item.updated\",\"timestamp\":\"2026-11-26T01:02:03.456Z\","
                + "\"workspaceId\":\"11111111-2222-3333-4444-555555555555\",\"seq\":42,\"data\":{\"title\":\"New\"},"
                + "\"previous\":{\"title\":\"Old\"}}");
    }

    @Test
    void the_webhook_id_of_an_event_is_derived_from_its_id_and_has_no_dot() {
        assertThat(WebhookMessage.messageId(EVENT)).isEqualTo("msg_0b6c2f5e9d3a4c1e8f7a6b5c4d3e2f1a");
    }

    @Test
    void above_the_cap_the_body_is_thin_with_a_link_to_the_event_in_the_feed() {
        String body = WebhookMessage.forEvent(EVENT, "work_item.created", AT, WS, 42, ITEM,
                "{\"description\":\"" + "x".repeat(500) + "\"}", null, 200);
        assertThat(body).contains("\"thin\":true").contains("\"subjectId\":\"" + ITEM + "\"")
                .contains("\"link\":\"/api/v1/workspaces/" + WS + "/events?afterSeq=41&limit=1\"")
                .contains("\"id\":\"msg_0b6c2f5e9d3a4c1e8f7a6b5c4d3e2f1a\"");
    }

    @Test
    void a_subscription_is_queued_only_the_events_it_wants() {
        UUID project = UUID.randomUUID();
        var s = WebhookSubscription.create(WS, new NewWebhookSubscription("https://example.com/h",
                List.of("work_item.*"), project, null, null), WebhookSecret.generate(), AT);
        var wanted = new OutboxEvent(EVENT, WS, 1, "work_item.created", ITEM, project, AT, "{}", null);
        var otherProject = new OutboxEvent(UUID.randomUUID(), WS, 2, "work_item.created", ITEM, UUID.randomUUID(), AT,
                "{}", null);
        var otherType = new OutboxEvent(UUID.randomUUID(), WS, 3, "comment.created", ITEM, project, AT, "{}", null);
        assertThat(QueuedMessage.wantedBy(s, List.of(wanted, otherProject, otherType), 4096))
                .extracting(QueuedMessage::eventSeq).containsExactly(1L);
    }

    @Test
    void a_filtered_subscription_is_queued_only_the_work_item_events_whose_item_matches() {
        var s = WebhookSubscription.create(WS, new NewWebhookSubscription("https://example.com/h",
                List.of("*"), null, null, null, "priority = HIGH AND dueDate < today"), WebhookSecret.generate(), AT);
        var high = Fixtures.aWorkItem(Fixtures.aNewWorkItem().priority(Priority.HIGH).due(LocalDate.parse("2026-11-25")));
        var dueLater = Fixtures.aWorkItem(Fixtures.aNewWorkItem().priority(Priority.HIGH).due(LocalDate.parse("2026-11-27")));
        var low = Fixtures.aWorkItem(Fixtures.aNewWorkItem().priority(Priority.LOW).due(LocalDate.parse("2026-11-25")));
        List<OutboxEvent> events = List.of(
                new OutboxEvent(EVENT, WS, 1, "work_item.created", ITEM, null, AT, "{}", null, high),
                new OutboxEvent(UUID.randomUUID(), WS, 2, "work_item.updated", ITEM, null, AT, "{}", null, dueLater),
                new OutboxEvent(UUID.randomUUID(), WS, 3, "work_item.deleted", ITEM, null, AT, "{}", null, low),
                new OutboxEvent(UUID.randomUUID(), WS, 4, "work_item.created", ITEM, null, AT, "{}", null, null),
                new OutboxEvent(UUID.randomUUID(), WS, 5, "comment.created", ITEM, null, AT, "{}", null));
        // "today" is the day the event occurred (2026-11-26), not the day it is delivered or replayed
        assertThat(QueuedMessage.wantedBy(s, events, 4096)).extracting(QueuedMessage::eventSeq).containsExactly(1L, 5L);
    }

    @Test
    void a_bad_filter_alone_is_invalid_filter_and_with_other_problems_one_of_them() {
        assertThatThrownBy(() -> WebhookSubscription.create(WS, new NewWebhookSubscription("https://example.com/h",
                List.of("*"), null, null, null, "blocked = true"), WebhookSecret.generate(), AT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FILTER));
        assertThatThrownBy(() -> WebhookSubscription.create(WS, new NewWebhookSubscription("nope",
                List.of("*"), null, null, null, "priority ="), WebhookSecret.generate(), AT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.errors()).extracting(f -> f.code()).contains("INVALID_FILTER");
                });
    }

    @Test
    void a_replay_range_is_refused_reversed_or_too_large() {
        assertThat(ReplayRange.of(3L, 3L, 10)).isEqualTo(new ReplayRange(3, 3));
        assertThatThrownBy(() -> ReplayRange.of(5L, 4L, 10)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.REPLAY_RANGE_REVERSED));
        assertThatThrownBy(() -> ReplayRange.of(1L, 11L, 10)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.REPLAY_RANGE_TOO_LARGE));
        assertThatThrownBy(() -> ReplayRange.of(0L, 1L, 10)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
}

package io.worklane.domain.webhook;

import static io.worklane.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookSubscriptionTest {
    private static final UUID WS = UUID.randomUUID();

    private static NewWebhookSubscription aNew(String url, List<String> types, String description, String status) {
        return new NewWebhookSubscription(url, types, null, description, status);
    }

    private static List<FieldError> refusal(NewWebhookSubscription n) {
        try {
            WebhookSubscription.create(WS, n, WebhookSecret.generate(), NOW);
        } catch (DomainException e) {
            return e.errors();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_good_subscription_is_active_with_its_patterns_and_one_secret() {
        WebhookSecret secret = WebhookSecret.generate();
        WebhookSubscription s = WebhookSubscription.create(WS,
                aNew("https://example.com/h", List.of("work_item.*", "work_item.*", "*"), "  Desk  ", null), secret, NOW);
        assertThat(s.status()).isEqualTo(WebhookStatus.ACTIVE);
        assertThat(s.eventTypes()).extracting(EventTypePattern::value).containsExactly("work_item.*", "*");
        assertThat(s.description()).isEqualTo("Desk");
        assertThat(s.secrets().activeAt(NOW)).containsExactly(secret);
        assertThat(s.version()).isZero();
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(refusal(aNew("https://u:p@example.com", List.of("work_item.created", "work_item.**"), "x".repeat(501), "PAUSED")))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("url", "USERINFO_NOT_ALLOWED"),
                        org.assertj.core.groups.Tuple.tuple("eventTypes[1]", "INVALID_FORMAT"),
                        org.assertj.core.groups.Tuple.tuple("description", "TOO_LONG"),
                        org.assertj.core.groups.Tuple.tuple("status", "INVALID_VALUE"));
    }

    @Test
    void no_event_types_or_more_than_fifty_are_refused() {
        assertThat(refusal(aNew("https://example.com", List.of(), null, null))).extracting(FieldError::field)
                .containsExactly("eventTypes");
        assertThat(refusal(aNew("https://example.com", Collections.nCopies(51, "*"), null, null)))
                .extracting(FieldError::code).containsExactly("TOO_MANY");
    }

    @Test
    void a_rotation_keeps_the_old_secret_signing_for_the_overlap_and_disabling_keeps_both() {
        WebhookSecret first = WebhookSecret.generate();
        WebhookSecret second = WebhookSecret.generate();
        WebhookSubscription s = WebhookSubscription.create(WS, aNew("https://example.com", List.of("*"), null, null),
                first, NOW).rotate(second, Duration.ofHours(24), NOW);
        assertThat(s.secrets().activeAt(NOW.plus(Duration.ofHours(23)))).containsExactly(second, first);
        assertThat(s.secrets().activeAt(NOW.plus(Duration.ofHours(24)))).containsExactly(second);

        WebhookSubscription off = s.disable(NOW);
        assertThat(off.status()).isEqualTo(WebhookStatus.DISABLED);
        assertThat(off.wants("work_item.created", null)).isFalse();
        assertThat(off.enable(NOW).wants("work_item.created", null)).isTrue();
        assertThat(off.secrets()).isEqualTo(s.secrets());
    }

    @Test
    void a_change_keeps_id_secrets_and_creation() {
        WebhookSubscription s = WebhookSubscription.create(WS, aNew("https://example.com", List.of("*"), null, null),
                WebhookSecret.generate(), NOW);
        WebhookSubscription changed = s.change(aNew("https://example.org", List.of("comment.*"), null, "DISABLED"),
                NOW.plusSeconds(5));
        assertThat(changed.id()).isEqualTo(s.id());
        assertThat(changed.secrets()).isEqualTo(s.secrets());
        assertThat(changed.createdAt()).isEqualTo(NOW);
        assertThat(changed.status()).isEqualTo(WebhookStatus.DISABLED);
        assertThatThrownBy(() -> s.change(aNew("", List.of("*"), null, null), NOW)).isInstanceOf(DomainException.class);
    }
}

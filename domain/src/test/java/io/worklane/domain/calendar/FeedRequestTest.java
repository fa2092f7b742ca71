package io.worklane.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What may be asked for, and the token a feed is issued with. */
class FeedRequestTest {
    private static final Actor ADA = new Actor(Actor.Kind.MEMBER, UUID.randomUUID().toString(), "Ada");
    private static final Actor KEY = new Actor(Actor.Kind.API_KEY, UUID.randomUUID().toString(), "Sync");

    @Test
    void a_project_feed_needs_its_project_and_a_member_feed_takes_none() {
        assertThatThrownBy(() -> new FeedRequest(FeedScope.PROJECT, " ").validated())
                .hasMessageContaining("project");
        assertThatThrownBy(() -> new FeedRequest(FeedScope.MEMBER, "ENG").validated())
                .hasMessageContaining("PROJECT feed");
        assertThatThrownBy(() -> new FeedRequest(null, null).validated()).hasMessageContaining("MEMBER");
        assertThat(new FeedRequest(FeedScope.PROJECT, "ENG").validated().project()).isEqualTo("ENG");
    }

    @Test
    void a_key_is_assigned_nothing_so_it_gets_no_member_feed() {
        assertThatThrownBy(() -> CalendarFeed.issue(UUID.randomUUID(), KEY, FeedScope.MEMBER, null, null, Instant.now()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.NOT_A_PERSON));
    }

    @Test
    void a_feed_keeps_only_the_hash_and_prefix_of_its_token() {
        CalendarFeed.Issued issued = CalendarFeed.issue(UUID.randomUUID(), ADA, FeedScope.MEMBER, null, null,
                Instant.now());
        String token = issued.token().value();
        assertThat(FeedToken.isWellFormed(token)).isTrue();
        assertThat(issued.feed().tokenHash()).hasSize(64).isEqualTo(new FeedToken(token).hash()).doesNotContain(token);
        assertThat(token).startsWith(issued.feed().tokenPrefix());
        assertThat(FeedToken.isWellFormed(token + "x")).isFalse();
        assertThat(FeedToken.isWellFormed(token.replace('_', '-'))).isFalse();
        assertThat(issued.feed().isOwnedBy(ADA)).isTrue();
        assertThat(issued.feed().isOwnedBy(KEY)).isFalse();
    }
}

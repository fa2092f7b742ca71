package io.worklane.domain.calendar;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.UUID;

/**
 * A calendar subscription of one owner (a member, or the API key that made it): its scope, the project of a
 * PROJECT feed, and the hash of its secret token. Immutable: a feed is created and revoked, never changed.
 */
public record CalendarFeed(UUID id, UUID workspaceId, Actor owner, FeedScope scope, UUID projectId, String projectKey,
                           String tokenHash, String tokenPrefix, Instant createdAt) {

    /** A new feed and the token to show once; a MEMBER feed needs a member (a key is assigned nothing). */
    public static Issued issue(UUID workspaceId, Actor owner, FeedScope scope, UUID projectId, String projectKey,
                               Instant now) {
        if (scope == FeedScope.MEMBER && owner.kind() != Actor.Kind.MEMBER) {
            throw new DomainException(ErrorCode.NOT_A_PERSON, "A MEMBER feed shows the items assigned"
                    + " to a member, and an API key is not one: sign in as the member, or ask for a PROJECT feed"
                    + " with {\"scope\":\"PROJECT\",\"project\":\"<key>\"}.");
        }
        FeedToken token = FeedToken.generate();
        CalendarFeed feed = new CalendarFeed(Ids.newId(), workspaceId, owner, scope,
                scope == FeedScope.PROJECT ? projectId : null, scope == FeedScope.PROJECT ? projectKey : null,
                token.hash(), token.displayPrefix(), now);
        return new Issued(feed, token);
    }

    public boolean isOwnedBy(Actor actor) {
        return owner.kind() == actor.kind() && owner.id().equals(actor.id());
    }

    /** The calendar's name, as clients show it (X-WR-CALNAME). */
    public String calendarName(String workspaceName) {
        return scope == FeedScope.PROJECT ? "Worklane: " + projectKey + " (" + workspaceName + ")"
                : "Worklane: " + owner.name() + " (" + workspaceName + ")";
    }

    /** A feed just created, with the secret only its creator ever sees. */
    public record Issued(CalendarFeed feed, FeedToken token) {
    }
}

package io.worklane.api.application.calendar;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.calendar.CalendarFeed;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Members;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a feed's owner may still read work items in the feed's workspace, asked on every fetch: a member who
 * left or whose role no longer grants {@code work_items:read}, a key revoked, expired or without the scope, and
 * the feed shows nothing (404) — until access comes back, unless the feed is revoked.
 */
@ApplicationScoped
public class FeedOwners {
    private final Members members;
    private final ApiKeys apiKeys;
    private final Now now;

    public FeedOwners(Members members, ApiKeys apiKeys, Now now) {
        this.members = members;
        this.apiKeys = apiKeys;
        this.now = now;
    }

    public Uni<Boolean> mayRead(CalendarFeed feed) {
        UUID id = Ids.parseOrNull(feed.owner().id());
        if (id == null) {
            return Uni.createFrom().item(false);
        }
        return feed.owner().kind() == Actor.Kind.MEMBER
                ? members.find(feed.workspaceId(), id).map(FeedOwners::memberMayRead)
                : apiKeys.findById(id).map(key -> keyMayRead(key, feed));
    }

    private static boolean memberMayRead(Optional<Member> member) {
        return member.map(m -> Scope.WORK_ITEMS_READ.isGrantedBy(m.role().scopes())).orElse(false);
    }

    private boolean keyMayRead(Optional<ApiKey> found, CalendarFeed feed) {
        return found.filter(k -> k.isUsableAt(now.instant()))
                .filter(k -> k.instanceAdmin() || feed.workspaceId().equals(k.workspaceId()))
                .map(k -> k.instanceAdmin() || Scope.WORK_ITEMS_READ.isGrantedBy(k.grantedScopes()))
                .orElse(false);
    }
}

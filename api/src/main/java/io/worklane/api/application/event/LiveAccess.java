package io.worklane.api.application.event;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.event.EventNotices;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps live subscribers to what they may still see. A subscription is watched while it runs; when the
 * database announces a change of access in its workspace (a key revoked or rotated, a member removed or
 * given another role; from any instance, through NOTIFY), or when a rotated key's overlap ends, the
 * watch asks {@link StillAllowed} again and ends the subscriber's connection if the answer is no.
 */
@ApplicationScoped
public class LiveAccess {
    private static final Logger LOG = Logger.getLogger(LiveAccess.class);
    static final Set<String> ACCESS_CHANGES = Set.of("api_key.revoked", "api_key.rotated", "member.removed",
            "member.updated", "workspace.deleted");
    /** After a key's overlap ends, the check waits this much more, so that the key is surely past it. */
    private static final Duration AFTER_LAPSE = Duration.ofMillis(50);

    private final StillAllowed stillAllowed;
    private final Now now;
    private final Map<UUID, Set<Watch>> watches = new ConcurrentHashMap<>();

    public LiveAccess(StillAllowed stillAllowed, Now now, EventNotices notices) {
        this.stillAllowed = stillAllowed;
        this.now = now;
        notices.notices().subscribe().with(notice -> {
            if (ACCESS_CHANGES.contains(notice.type())) {
                watches.getOrDefault(notice.workspaceId(), Set.of()).forEach(this::check);
            }
        }, failure -> LOG.warnf("Live access: event notices failed (%s)", failure.toString()));
    }

    /** One subscription: who, where, what it needs, and the connection to end. */
    private static final class Watch {
        final Caller caller;
        final UUID workspaceId;
        final Scope scope;
        final LiveConnection connection;
        volatile Instant lapseScheduled;
        volatile Cancellable lapse;

        Watch(Caller caller, UUID workspaceId, Scope scope, LiveConnection connection) {
            this.caller = caller;
            this.workspaceId = workspaceId;
            this.scope = scope;
            this.connection = connection;
        }
    }

    /** {@code events} for as long as the caller may follow the workspace with {@code scope}. */
    public <T> Multi<T> whileAllowed(Caller caller, UUID workspaceId, Scope scope, LiveConnection connection,
                                     Multi<T> events) {
        Watch watch = new Watch(caller, workspaceId, scope, connection);
        return events.onSubscription().invoke(() -> {
            watches.computeIfAbsent(workspaceId, id -> ConcurrentHashMap.newKeySet()).add(watch);
            check(watch); // a change between the subscription's own check and now is not missed
        }).onTermination().invoke(() -> forget(watch));
    }

    private void check(Watch watch) {
        stillAllowed.check(watch.caller, watch.workspaceId, watch.scope, now.instant()).subscribe().with(verdict -> {
            if (!verdict.allowed()) {
                forget(watch);
                watch.connection.endForbidden(verdict.refusal());
            } else if (verdict.lapsesAt() != null && !verdict.lapsesAt().equals(watch.lapseScheduled)) {
                scheduleLapse(watch, verdict.lapsesAt());
            }
        }, failure -> LOG.warnf("Live access: could not check a subscriber of workspace %s again (%s); the next change"
                + " of access checks it", watch.workspaceId, failure.toString()));
    }

    private void scheduleLapse(Watch watch, Instant lapsesAt) {
        watch.lapseScheduled = lapsesAt;
        Duration wait = Duration.between(now.instant(), lapsesAt).plus(AFTER_LAPSE);
        Cancellable previous = watch.lapse;
        watch.lapse = Uni.createFrom().voidItem().onItem().delayIt().by(wait.isNegative() ? Duration.ZERO : wait)
                .subscribe().with(ignored -> check(watch));
        if (previous != null) {
            previous.cancel();
        }
    }

    private void forget(Watch watch) {
        watches.computeIfPresent(watch.workspaceId, (id, set) -> {
            set.remove(watch);
            return set.isEmpty() ? null : set;
        });
        Cancellable lapse = watch.lapse;
        if (lapse != null) {
            lapse.cancel();
        }
    }

    /** How many subscriptions are watched (for tests). */
    int watched() {
        return watches.values().stream().mapToInt(Set::size).sum();
    }
}

package io.worklane.api.application.event;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.worklane.domain.event.EventFeed;
import io.worklane.domain.event.StoredEvent;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Follows one workspace's outbox from the seq it was at when first watched, reading after the last
 * seq it emitted whenever poked: notices only say "read", so a lost or coalesced notice delays an
 * event until the next one but never drops it. One read at a time per workspace and instance, however
 * many subscribers share the tail.
 */
final class WorkspaceTail {
    private static final Logger LOG = Logger.getLogger(WorkspaceTail.class);
    static final int BATCH = 500;
    private final UUID workspaceId;
    private final EventFeed feed;
    private final BroadcastProcessor<StoredEvent> out = BroadcastProcessor.create();
    private long lastSeq = -1;
    private boolean reading;
    private boolean again;
    int subscribers;

    WorkspaceTail(UUID workspaceId, EventFeed feed) {
        this.workspaceId = workspaceId;
        this.feed = feed;
        reading = true;
        feed.lastSeq(workspaceId).subscribe().with(seq -> {
            lastSeq = seq;
            done(false);
        }, this::failed);
    }

    Multi<StoredEvent> events() {
        return out;
    }

    void poke() {
        synchronized (this) {
            if (reading) {
                again = true;
                return;
            }
            reading = true;
        }
        read();
    }

    private void read() {
        feed.after(workspaceId, lastSeq, BATCH).subscribe().with(this::emit, this::failed);
    }

    private void emit(List<StoredEvent> events) {
        for (StoredEvent e : events) {
            lastSeq = e.seq();
            out.onNext(e);
        }
        done(events.size() == BATCH);
    }

    private void done(boolean more) {
        synchronized (this) {
            if (!more && !again) {
                reading = false;
                return;
            }
            again = false;
        }
        read();
    }

    private void failed(Throwable failure) {
        LOG.warnf("Reading events of workspace %s after seq %d failed: %s", workspaceId, lastSeq, failure.getMessage());
        synchronized (this) {
            reading = false;
        }
    }
}

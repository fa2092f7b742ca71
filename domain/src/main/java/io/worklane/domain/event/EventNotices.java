package io.worklane.domain.event;

import io.smallrye.mutiny.Multi;

/**
 * Port: a hot stream of notices of events committed by any instance on the database. A notice can
 * be missed (while the listening connection is re-established), so a consumer reads the outbox
 * after its last seq rather than trusting notices to be complete.
 */
public interface EventNotices {
    Multi<EventNotice> notices();
}

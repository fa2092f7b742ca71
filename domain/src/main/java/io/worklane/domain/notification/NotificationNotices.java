package io.worklane.domain.notification;

import io.smallrye.mutiny.Multi;
import java.util.UUID;

/**
 * Port: word, from any instance, that a person's notification was made or added to (at commit). A notice
 * may be missed while the listening connection is re-established: the inbox stays the truth.
 */
public interface NotificationNotices {
    Multi<Notice> notices();

    record Notice(UUID memberId, UUID notificationId) {
    }
}

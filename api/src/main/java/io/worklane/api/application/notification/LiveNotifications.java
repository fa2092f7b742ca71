package io.worklane.api.application.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.notification.Notification;
import io.worklane.domain.notification.NotificationNotices;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/**
 * A person's notifications as they are made (or a burst adds to them), from any instance: the database
 * announces each at commit; each announcement for one of the caller's members is read from the inbox and
 * sent. An API key has no inbox: refused (NOT_A_PERSON).
 */
@ApplicationScoped
public class LiveNotifications {
    private final NotificationNotices notices;
    private final InboxService inbox;
    private final MeAccess access;

    public LiveNotifications(NotificationNotices notices, InboxService inbox, MeAccess access) {
        this.notices = notices;
        this.inbox = inbox;
        this.access = access;
    }

    public Multi<Notification> of(Caller caller) {
        return Uni.createFrom().deferred(() -> {
            Set<UUID> members = access.members(caller);
            if (members.isEmpty()) {
                throw new DomainException(ErrorCode.NOT_A_PERSON, "Only a person signed in as a member has"
                        + " notifications; an API key is not one.");
            }
            return Uni.createFrom().item(notices.notices().filter(n -> members.contains(n.memberId()))
                    .onItem().transformToUniAndConcatenate(n -> inbox.find(members, n.notificationId()))
                    .filter(java.util.Optional::isPresent).map(java.util.Optional::get));
        }).onItem().transformToMulti(m -> m);
    }
}

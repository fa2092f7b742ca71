package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("NotificationKind")
@Description("What a notification is about: ASSIGNED, MENTIONED, COMMENTED (on an item you watch), STATUS_CHANGED,"
        + " APPROVAL_REQUESTED, APPROVAL_DECIDED, DUE_SOON, OVERDUE. More may come (a status report published):"
        + " treat an unknown kind generically.")
public enum NotificationKindType {
    ASSIGNED, MENTIONED, COMMENTED, STATUS_CHANGED, APPROVAL_REQUESTED, APPROVAL_DECIDED, DUE_SOON, OVERDUE;

    static NotificationKindType of(io.worklane.domain.notification.NotificationKind kind) {
        return valueOf(kind.name());
    }

    io.worklane.domain.notification.NotificationKind domain() {
        return io.worklane.domain.notification.NotificationKind.valueOf(name());
    }
}

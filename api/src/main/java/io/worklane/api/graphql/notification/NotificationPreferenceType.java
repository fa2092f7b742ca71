package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("NotificationPreference")
@Description("A person's choice for one kind: the channel (INBOX, EMAIL, NONE) and for e-mail whether at once or in"
        + " hourly or daily digests.")
public record NotificationPreferenceType(@Description("The kind of notification.") @NonNull NotificationKindType kind, @Description("Where notifications of this kind go: INBOX, EMAIL or NONE.") @NonNull NotificationChannel channel,
                                         @Description("For EMAIL: at once, or gathered hourly or daily.") @NonNull NotificationDigest digest) {
}

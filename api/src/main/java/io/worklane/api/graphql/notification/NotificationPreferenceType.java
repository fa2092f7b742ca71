package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("NotificationPreference")
@Description("A person's choice for one kind: the channel (INBOX, EMAIL, NONE) and for e-mail whether at once or in"
        + " hourly or daily digests.")
public record NotificationPreferenceType(@NonNull NotificationKindType kind, @NonNull NotificationChannel channel,
                                         @NonNull NotificationDigest digest) {
}

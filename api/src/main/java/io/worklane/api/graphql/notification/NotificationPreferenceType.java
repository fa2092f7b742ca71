package io.worklane.api.graphql.notification;

import io.worklane.domain.notification.Channel;
import io.worklane.domain.notification.Digest;
import io.worklane.domain.notification.NotificationKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("NotificationPreference")
@Description("A person's choice for one kind: the channel (INBOX, EMAIL, NONE) and for e-mail whether at once or in"
        + " hourly or daily digests.")
public record NotificationPreferenceType(@NonNull NotificationKind kind, @NonNull Channel channel,
                                         @NonNull Digest digest) {
}

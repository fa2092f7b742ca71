package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The notification after the change.")
public record NotificationPayload(@Description("The notification after the change.") @NonNull Notification notification) {
}

package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A notification and its cursor.")
public record NotificationEdge(@Description("Where this edge is: pass it as after: to read on from it.") @NonNull String cursor, @Description("The notification.") @NonNull Notification node) {
}

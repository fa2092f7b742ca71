package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A notification and its cursor.")
public record NotificationEdge(@NonNull String cursor, @NonNull Notification node) {
}

package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The reminder after the change.")
public record ReminderPayload(@Description("The reminder after the change.") @NonNull ReminderType reminder) {
}

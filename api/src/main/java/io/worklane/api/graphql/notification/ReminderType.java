package io.worklane.api.graphql.notification;

import io.worklane.domain.notification.Reminder;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Reminder")
@Description("A person's reminder of a work item's due date, remindBefore ahead of its due moment (09:00 in the"
        + " workspace's time zone on the due date); fires once per due date, or at snoozedUntil.")
public record ReminderType(@Description("The reminder's id.") @Id @NonNull String id, @Description("The workspace's id.") @NonNull String workspaceId, @Description("The work item's id.") @NonNull String workItemId,
                           @Description("The work item's key, e.g. ENG-42.") @NonNull String workItemKey, @NonNull @Description("ISO-8601, e.g. P1D; negative after.")
                           String remindBefore, Instant remindAt, Instant snoozedUntil, Instant sentAt, @Description("Its version, for expectedVersion.") int version,
                           @NonNull Instant createdAt) {
    public static ReminderType of(Reminder r) {
        return new ReminderType(r.id().toString(), r.workspaceId().toString(), r.workItemId().toString(), r.workItemKey(),
                r.remindBefore().toString(), r.remindAt(), r.snoozedUntil(), r.sentAt(), (int) r.version(), r.createdAt());
    }
}

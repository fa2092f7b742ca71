package io.worklane.api.graphql.notification;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.notification.Reminder;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ReminderConnection")
@Description("Your due-date reminders, oldest first.")
public record ReminderConnection(@NonNull @Description("This page.") List<@NonNull ReminderEdge> edges,
                                 @NonNull @Description("Whether there are more, and the cursor to ask for them "
                                         + "with after:.")
                                 PageInfo pageInfo) {
    public static ReminderConnection of(Page<Reminder> page) {
        return Paging.connectionByCreation(page, Reminder::createdAt, Reminder::id,
                (cursor, r) -> new ReminderEdge(cursor, ReminderType.of(r)), ReminderConnection::new);
    }

    @Type("ReminderEdge")
    @Description("A reminder and its cursor.")
    public record ReminderEdge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                               @NonNull @Description("The reminder.") ReminderType node) {
    }
}

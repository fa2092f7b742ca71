package io.worklane.api.graphql.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.ReminderService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class ReminderMutations {
    private final ReminderService reminders;
    private final CurrentCaller caller;

    public ReminderMutations(ReminderService reminders, CurrentCaller caller) {
        this.reminders = reminders;
        this.caller = caller;
    }

    @Mutation("createReminder")
    @Description("A reminder for you of the item's due date, fired as DUE_SOON or OVERDUE. People only. Needs"
            + " work_items:read.")
    public Uni<ReminderPayload> createReminder(@Name("input") @NonNull CreateReminderInput in) {
        return Uni.createFrom().deferred(() -> reminders.create(caller.get(), in.workspace, in.workItem, in.remindBefore))
                .map(r -> new ReminderPayload(ReminderType.of(r)));
    }

    @Mutation("snoozeReminder")
    @Description("Your reminder fires at `until` instead. Needs work_items:read.")
    public Uni<ReminderPayload> snoozeReminder(@Name("input") @NonNull SnoozeReminderInput in) {
        return Uni.createFrom().deferred(() -> reminders.snooze(caller.get(), in.workspace, in.id, in.until,
                Changes.version(in.expectedVersion))).map(r -> new ReminderPayload(ReminderType.of(r)));
    }

    @Mutation("deleteReminder")
    @Description("Deletes one of your reminders. Needs work_items:read.")
    public Uni<DeletePayload> deleteReminder(@Name("input") @NonNull DeleteReminderInput in) {
        return Uni.createFrom().deferred(() -> reminders.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }
}

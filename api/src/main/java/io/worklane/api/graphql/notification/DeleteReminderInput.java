package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteReminderInput")
@Description("Which of your reminders to delete.")
public class DeleteReminderInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The reminder's id.")
    public String id;
    @Description("The version read; CONFLICT when it differs.")
    public Integer expectedVersion;
}

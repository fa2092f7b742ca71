package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateReminderInput")
@Description("A reminder for you of a work item's due date.")
public class CreateReminderInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The work item's key or id.")
    public String workItem;
    @NonNull
    @Description("ISO-8601 duration before the due moment: P1D a day before, P0D on the day, -P1D a day after.")
    public String remindBefore;
}

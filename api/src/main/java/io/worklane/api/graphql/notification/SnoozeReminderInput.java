package io.worklane.api.graphql.notification;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SnoozeReminderInput")
@Description("When one of your reminders fires instead.")
public class SnoozeReminderInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The reminder's id.")
    public String id;
    @NonNull
    @Description("In the future, within a year (ISO-8601).")
    public Instant until;
    @Description("The version read; CONFLICT when it differs.")
    public Integer expectedVersion;
}

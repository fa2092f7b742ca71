package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MarkNotificationReadInput")
@Description("Which of your notifications to mark read.")
public class MarkReadInput {
    @NonNull
    @Description("The notification's id.")
    public String id;
}

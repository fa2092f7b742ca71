package io.worklane.api.graphql.notification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("WatcherInput")
@Description("A member to make watch a work item, or stop watching it.")
public class WatcherInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The work item's key or id.")
    public String workItem;
    @NonNull
    @Description("The member's id.")
    public String member;
}

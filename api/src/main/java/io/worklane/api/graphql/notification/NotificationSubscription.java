package io.worklane.api.graphql.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.worklane.api.application.notification.LiveNotifications;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

/** The live inbox (graphql-transport-ws on /graphql), fed by the database's announcements, from any instance. */
@GraphQLApi
@Authenticated
public class NotificationSubscription {
    // nullable on purpose, like the other subscriptions: a refusal arrives as a null item with the error
    private final LiveNotifications live;
    private final CurrentCaller caller;

    public NotificationSubscription(LiveNotifications live, CurrentCaller caller) {
        this.live = live;
        this.caller = caller;
    }

    @Subscription("notifications")
    @Description("Your notifications as they are made, and again each time a burst adds to one (its count grows),"
            + " from every workspace you belong to. People only (an API key gets NOT_A_PERSON). Needs workspace:read.")
    public Multi<Notification> notifications() {
        return live.of(caller.get()).map(Notification::new);
    }
}

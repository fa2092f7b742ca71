package io.worklane.api.graphql.event;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.worklane.api.application.event.LiveSubscriptions;
import io.worklane.api.graphql.event.EventFeedFields.Event;
import io.worklane.api.security.CurrentCaller;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * GraphQL subscriptions (graphql-transport-ws on /graphql) for live UIs, fed by the database's
 * announcements of committed events, so a change made through any instance reaches them.
 */
@GraphQLApi
@Authenticated
public class LiveFields {
    // The fields are nullable on purpose: SmallRye GraphQL reports a failed stream as one null item
    // with the error, which a non-null field would turn into a lost message.
    private final LiveSubscriptions subscriptions;
    private final CurrentCaller caller;
    private final CurrentVertxRequest upgrade;

    public LiveFields(LiveSubscriptions subscriptions, CurrentCaller caller, CurrentVertxRequest upgrade) {
        this.subscriptions = subscriptions;
        this.caller = caller;
        this.upgrade = upgrade;
    }

    @Subscription("events")
    @Description("The workspace's events as they are committed, in seq order, as the change feed has them; only"
            + " the given types (patterns such as work_item.*) if any. workspace (id or slug) may be left out by a"
            + " caller in one workspace. A refusal arrives as the errors of a next message (the field null), then"
            + " complete. Needs webhooks:read.")
    public Multi<Event> events(@Name("workspace") String workspace,
                               @Name("types") @DefaultValue("[]") List<@NonNull String> types) {
        return subscriptions.events(caller.get(), workspace, types, connection()).map(Event::of);
    }

    @Subscription("workItemChanged")
    @Description("Every change to the project's work items (work_item.created, updated, transitioned, deleted) as"
            + " it is committed; data is the item after the change. Needs work_items:read.")
    public Multi<Event> workItemChanged(@Name("workspace") String workspace,
                                        @NonNull @Name("projectKey") String projectKey) {
        return subscriptions.workItemChanges(caller.get(), workspace, projectKey, connection()).map(Event::of);
    }

    /** The WebSocket this subscription came on, ended with 4403 when the subscriber's access ends. */
    private io.worklane.api.application.event.LiveConnection connection() {
        return WebSocketConnection.of(upgrade.getCurrent());
    }
}

package io.worklane.api.graphql.calendar;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.calendar.CalendarFeedService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.config.WorklaneConfig;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.calendar.CalendarFeeds;
import io.worklane.domain.calendar.FeedRequest;
import io.worklane.domain.calendar.FeedScope;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The caller's calendar feeds: listed on the workspace, created and revoked; the same use cases as REST. */
@GraphQLApi
@Authenticated
public class CalendarFeedApi {
    private static final String FEED_PATH = "/api/v1/calendar/";
    private final CalendarFeedService feeds;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;
    private final WorklaneConfig config;

    public CalendarFeedApi(CalendarFeedService feeds, IdempotentCreate idempotent, CurrentCaller caller,
                           WorklaneConfig config) {
        this.feeds = feeds;
        this.idempotent = idempotent;
        this.caller = caller;
        this.config = config;
    }

    @NonNull
    @Description("Your calendar feeds in the workspace, oldest first, without their URLs. Needs work_items:read.")
    public Uni<CalendarFeedConnection> calendarFeeds(@Source Workspace workspace,
                                                     @Name("first") @DefaultValue("50") Integer first,
                                                     @Name("after") String after) {
        return Uni.createFrom().deferred(() -> feeds.listIn(caller.get(), workspace.domain().id(),
                Paging.request(first, after, CalendarFeeds.SORT))).map(CalendarFeedConnection::of);
    }

    @Mutation("createCalendarFeed")
    @Description("Creates a calendar feed of yours; its secret URL is in the answer, once. Needs work_items:read.")
    public Uni<CalendarFeedWithUrlPayload> createCalendarFeed(@Name("input") @NonNull CalendarFeedInputs.Create input) {
        return Uni.createFrom().deferred(() -> {
            Caller who = caller.get();
            FeedRequest request = new FeedRequest(input.scope == null ? null : FeedScope.valueOf(input.scope.name()),
                    input.project);
            return idempotent.run(who, input.idempotencyKey, "createCalendarFeed", input,
                    () -> feeds.create(who, input.workspace, request).map(issued -> new CalendarFeedWithUrlPayload(
                            new CalendarFeed(issued.feed()),
                            config.publicUrl() + FEED_PATH + issued.token().value() + ".ics")),
                    p -> p.calendarFeed().getId(), id -> feeds.get(who, input.workspace, id)
                            .map(f -> new CalendarFeedWithUrlPayload(new CalendarFeed(f), null)));
        });
    }

    @Mutation("revokeCalendarFeed")
    @Description("Revokes one of your calendar feeds: its URL answers 404 from now on. Needs work_items:read.")
    public Uni<DeletePayload> revokeCalendarFeed(@Name("input") @NonNull CalendarFeedInputs.Revoke input) {
        return Uni.createFrom().deferred(() -> feeds.revoke(caller.get(), input.workspace, input.id))
                .map(id -> new DeletePayload(id.toString()));
    }
}

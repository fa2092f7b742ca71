package io.worklane.api.rest.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.worklane.api.application.calendar.CalendarFeedService;
import io.worklane.api.application.idempotency.Idempotency;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.config.WorklaneConfig;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.calendar.CalendarFeed;
import io.worklane.domain.calendar.CalendarFeeds;
import io.worklane.domain.calendar.FeedRequest;
import io.worklane.domain.calendar.FeedScope;
import io.worklane.domain.idempotency.RecordedResponse;
import io.worklane.openapi.api.CalendarFeedsApi;
import io.worklane.openapi.model.CalendarFeedCreate;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calendar feeds over REST. A create answers 201 with the secret URL, once: the Idempotency-Key record keeps the
 * response without it, so a replay shows the feed but never its URL (as for API keys' secrets).
 */
@Authenticated
public class CalendarFeedsResource implements CalendarFeedsApi {
    private final CalendarFeedService service;
    private final CurrentCaller caller;
    private final Idempotency idempotency;
    private final RestResponses responses;
    private final ObjectMapper json;
    private final WorklaneConfig config;

    public CalendarFeedsResource(CalendarFeedService service, CurrentCaller caller, Idempotency idempotency,
                                 RestResponses responses, ObjectMapper json, WorklaneConfig config) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
        this.responses = responses;
        this.json = json;
        this.config = config;
    }

    @Override
    public CompletionStage<Response> createCalendarFeed(String ws, CalendarFeedCreate body, String idempotencyKey) {
        Caller c = caller.get();
        FeedRequest request = new FeedRequest(body.getScope() == null ? null : FeedScope.valueOf(body.getScope().name()),
                body.getProject());
        AtomicReference<CalendarFeed.Issued> fresh = new AtomicReference<>();
        return idempotency.run(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/calendar-feeds", write(body),
                        () -> service.create(c, ws, request).invoke(fresh::set).map(issued -> new RecordedResponse(201,
                                write(CalendarFeedDtos.withoutUrl(issued.feed())), location(issued.feed()))))
                .map(recorded -> {
                    Object entity = fresh.get() != null ? CalendarFeedDtos.issued(fresh.get(), config.publicUrl())
                            : recorded.body();
                    return Response.status(recorded.status()).entity(entity).type(MediaType.APPLICATION_JSON_TYPE)
                            .header("Cache-Control", "no-store").location(URI.create(recorded.location())).build();
                })
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Response> listCalendarFeeds(String ws, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, Pages.of(limit, cursor, CalendarFeeds.SORT)),
                CalendarFeedDtos::list);
    }

    @Override
    public CompletionStage<Response> revokeCalendarFeed(String ws, String feedId) {
        return responses.noContent(service.revoke(caller.get(), ws, feedId).replaceWithVoid());
    }

    private static String location(CalendarFeed f) {
        return "/api/v1/workspaces/" + f.workspaceId() + "/calendar-feeds/" + f.id();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }
}

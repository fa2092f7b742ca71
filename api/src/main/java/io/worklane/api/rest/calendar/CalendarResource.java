package io.worklane.api.rest.calendar;

import io.worklane.api.application.calendar.CalendarFeedReader;
import io.worklane.domain.calendar.CalendarDocument;
import io.worklane.openapi.api.CalendarApi;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/**
 * The calendar feeds themselves: open without a credential (the secret URL is one), rate-limited per address like
 * every anonymous request. The ETag is the text's digest, so a client polling an unchanged feed gets a bodiless 304.
 */
@PermitAll
public class CalendarResource implements CalendarApi {
    static final String PATH = "/api/v1/calendar/";
    /** Calendar clients poll every few hours at most; 15 minutes of caching costs a change little. */
    private static final String CACHE = "private, max-age=900";
    private final CalendarFeedReader reader;

    public CalendarResource(CalendarFeedReader reader) {
        this.reader = reader;
    }

    @Override
    public CompletionStage<Response> getCalendarFeed(String token, String ifNoneMatch) {
        return reader.read(token).map(feed -> ifNoneMatch != null && ifNoneMatch.contains(feed.etag())
                        ? Response.notModified().tag(unquoted(feed.etag())).header("Cache-Control", CACHE).build()
                        : Response.ok(feed.text(), CalendarDocument.MEDIA_TYPE).tag(unquoted(feed.etag()))
                                .header("Cache-Control", CACHE).build())
                .subscribeAsCompletionStage();
    }

    private static String unquoted(String etag) {
        return etag.substring(1, etag.length() - 1);
    }
}

package io.worklane.api.application.calendar;

import io.worklane.domain.shared.Sha256;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.calendar.CalendarDocument;
import io.worklane.domain.calendar.CalendarEntries;
import io.worklane.domain.calendar.CalendarEntry;
import io.worklane.domain.calendar.CalendarFeed;
import io.worklane.domain.calendar.CalendarFeeds;
import io.worklane.domain.calendar.FeedScope;
import io.worklane.domain.calendar.FeedToken;
import io.worklane.domain.calendar.FeedWindow;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workspace.Workspace;
import io.worklane.domain.workspace.Workspaces;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A feed by its secret token, as iCalendar text. The token is the credential; what it shows is what its owner may
 * read now ({@link FeedOwners}). An unknown, revoked or malformed token, and the feed of an owner who lost access,
 * are all the same 404 LINK_NOT_VALID: the answer tells a guesser nothing.
 */
@ApplicationScoped
public class CalendarFeedReader {
    private final CalendarFeeds feeds;
    private final CalendarEntries entries;
    private final Workspaces workspaces;
    private final FeedOwners owners;
    private final Now now;

    public CalendarFeedReader(CalendarFeeds feeds, CalendarEntries entries, Workspaces workspaces, FeedOwners owners,
                              Now now) {
        this.feeds = feeds;
        this.entries = entries;
        this.workspaces = workspaces;
        this.owners = owners;
        this.now = now;
    }

    /** The feed's iCalendar text, with a strong validator of it (the same items give the same bytes). */
    public record Rendered(String text, String etag) {
    }

    private record Found(CalendarFeed feed, Workspace workspace) {
    }

    public Uni<Rendered> read(String token) {
        if (!FeedToken.isWellFormed(token)) {
            return Uni.createFrom().failure(notValid());
        }
        return feeds.findByTokenHash(new FeedToken(token).hash())
                .map(found -> found.orElseThrow(CalendarFeedReader::notValid))
                .chain(feed -> workspaces.find(feed.workspaceId().toString())
                        .map(ws -> new Found(feed, ws.orElseThrow(CalendarFeedReader::notValid))))
                .call(found -> owners.mayRead(found.feed()).invoke(may -> {
                    if (!may) {
                        throw notValid();
                    }
                }))
                .chain(found -> entriesOf(found).map(list -> render(found, list)));
    }

    private Uni<List<CalendarEntry>> entriesOf(Found found) {
        CalendarFeed feed = found.feed();
        FeedWindow window = FeedWindow.around(LocalDate.ofInstant(now.instant(), ZoneId.of(found.workspace().timeZone())));
        return feed.scope() == FeedScope.PROJECT
                ? entries.forProject(feed.workspaceId(), feed.projectId(), window, FeedWindow.MAX_EVENTS)
                : entries.forMember(feed.workspaceId(), UUID.fromString(feed.owner().id()), window, FeedWindow.MAX_EVENTS);
    }

    private static Rendered render(Found found, List<CalendarEntry> list) {
        String text = CalendarDocument.render(found.feed(), found.feed().calendarName(found.workspace().name()), list);
        return new Rendered(text, "\"" + Sha256.hex(text).substring(0, 32) + "\"");
    }

    private static DomainException notValid() {
        return new DomainException(ErrorCode.LINK_NOT_VALID, "This calendar feed does not exist or was revoked. Ask"
                + " Worklane for a new one (POST /api/v1/workspaces/{ws}/calendar-feeds) and subscribe to its URL.");
    }
}

package io.worklane.api.application.calendar;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.audit.AuditTrail;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.calendar.CalendarFeed;
import io.worklane.domain.calendar.CalendarFeeds;
import io.worklane.domain.calendar.FeedRequest;
import io.worklane.domain.calendar.FeedScope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * A caller's calendar feeds, with {@code work_items:read}: created (the secret URL answered once), listed and
 * revoked, each change in one transaction with its event and audit entry ({@code calendar_feed.created},
 * {@code calendar_feed.revoked}). A feed is its owner's alone: to anyone else it does not exist (404).
 */
@ApplicationScoped
public class CalendarFeedService {
    private final CalendarFeeds feeds;
    private final Projects projects;
    private final Access access;
    private final Events events;
    private final AuditTrail audit;
    private final Now now;

    public CalendarFeedService(CalendarFeeds feeds, Projects projects, Access access, Events events, AuditTrail audit,
                               Now now) {
        this.feeds = feeds;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.now = now;
    }

    @WithTransaction
    public Uni<CalendarFeed.Issued> create(Caller caller, String wsRef, FeedRequest request) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> issue(caller, ws, request.validated()))
                .call(issued -> feeds.insert(issued.feed()))
                .call(issued -> events.record("calendar_feed.created", issued.feed().workspaceId(), issued.feed().id(),
                        caller, issued.feed().createdAt(), CalendarFeedData.of(issued.feed()), null))
                .call(issued -> audit.record(caller, issued.feed().workspaceId(), "calendar_feed.created",
                        "calendar_feed", issued.feed().id(), CalendarFeedData.of(issued.feed())));
    }

    public Uni<Page<CalendarFeed>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> feeds.ownedBy(ws.id(), caller.actorIn(ws.id()), page));
    }

    /** One of the caller's feeds (a replayed GraphQL create answers it as it is). */
    public Uni<CalendarFeed> get(Caller caller, String wsRef, String feedRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> own(caller, ws, feedRef));
    }

    /** The caller's feeds in a workspace it already reached (GraphQL {@code Workspace.calendarFeeds}). */
    public Uni<Page<CalendarFeed>> listIn(Caller caller, UUID workspaceId, PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return feeds.ownedBy(workspaceId, caller.actorIn(workspaceId), page);
    }

    @WithTransaction
    public Uni<UUID> revoke(Caller caller, String wsRef, String feedRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> own(caller, ws, feedRef))
                .call(feed -> feeds.delete(feed.workspaceId(), feed.id()))
                .call(feed -> events.record("calendar_feed.revoked", feed.workspaceId(), feed.id(), caller,
                        now.instant(), CalendarFeedData.of(feed), null))
                .call(feed -> audit.record(caller, feed.workspaceId(), "calendar_feed.revoked", "calendar_feed",
                        feed.id(), CalendarFeedData.of(feed)))
                .map(CalendarFeed::id);
    }

    private Uni<CalendarFeed> own(Caller caller, Workspace ws, String feedRef) {
        UUID id = Ids.parseOrNull(feedRef);
        return (id == null ? Uni.createFrom().item(Optional.<CalendarFeed>empty()) : feeds.find(ws.id(), id))
                .map(found -> found.filter(f -> f.isOwnedBy(caller.actorIn(ws.id()))).orElseThrow(() ->
                        DomainException.notFound(ErrorCode.CALENDAR_FEED_NOT_FOUND, "Calendar feed", feedRef)));
    }

    private Uni<CalendarFeed.Issued> issue(Caller caller, Workspace ws, FeedRequest wanted) {
        return project(ws, wanted).map(project -> CalendarFeed.issue(ws.id(), caller.actorIn(ws.id()), wanted.scope(),
                project.map(Project::id).orElse(null), project.map(Project::key).orElse(null), now.instant()));
    }

    private Uni<Optional<Project>> project(Workspace ws, FeedRequest wanted) {
        if (wanted.scope() != FeedScope.PROJECT) {
            return Uni.createFrom().item(Optional.empty());
        }
        return projects.find(ws.id(), wanted.project()).map(found -> Optional.of(found.orElseThrow(() ->
                DomainException.notFound(ErrorCode.PROJECT_NOT_FOUND, "Project", wanted.project()))));
    }
}

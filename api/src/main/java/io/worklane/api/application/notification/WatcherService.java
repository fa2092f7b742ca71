package io.worklane.api.application.notification;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemLookup;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.notification.Mention;
import io.worklane.domain.notification.Mentions;
import io.worklane.domain.notification.WatchReason;
import io.worklane.domain.notification.Watcher;
import io.worklane.domain.notification.Watchers;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Use cases of watching: who watches and is mentioned (work_items:read), watching and unwatching oneself
 * (work_items:read: it changes nothing of the item), making someone else watch or stop (work_items:write).
 */
@ApplicationScoped
public class WatcherService {
    private final Watchers watchers;
    private final Mentions mentions;
    private final WorkItems workItems;
    private final MemberCheck members;
    private final io.worklane.domain.workspace.Members people;
    private final Access access;
    private final Now now;

    public WatcherService(Watchers watchers, Mentions mentions, WorkItems workItems, MemberCheck members,
                          io.worklane.domain.workspace.Members people, Access access, Now now) {
        this.people = people;
        this.watchers = watchers;
        this.mentions = mentions;
        this.workItems = workItems;
        this.members = members;
        this.access = access;
        this.now = now;
    }

    public Uni<Page<Watcher>> list(Caller caller, String wsRef, String itemRef, PageRequest page) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_READ)
                .chain(item -> watchers.list(item.workspaceId(), item.id(), page));
    }

    public Uni<Page<Mention>> mentions(Caller caller, String wsRef, String itemRef, PageRequest page) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_READ)
                .chain(item -> mentions.list(item.workspaceId(), item.id(), page));
    }

    @WithTransaction
    public Uni<Watcher> watch(Caller caller, String wsRef, String itemRef) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_READ).chain(item -> set(item,
                Persons.memberIn(caller, item.workspaceId(), "watches"), true));
    }

    @WithTransaction
    public Uni<Void> unwatch(Caller caller, String wsRef, String itemRef) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_READ).chain(item -> set(item,
                Persons.memberIn(caller, item.workspaceId(), "watches"), false)).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Watcher> add(Caller caller, String wsRef, String itemRef, UUID memberId) {
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_WRITE)
                .call(item -> members.exist(item.workspaceId(), "member", memberId))
                .chain(item -> set(item, memberId, true));
    }

    @WithTransaction
    public Uni<Void> remove(Caller caller, String wsRef, String itemRef, String memberRef) {
        UUID memberId = Ids.parseOrNull(memberRef);
        return item(caller, wsRef, itemRef, Scope.WORK_ITEMS_WRITE).chain(item -> (memberId == null
                        ? Uni.createFrom().item(java.util.Optional.<io.worklane.domain.workspace.Member>empty())
                        : people.find(item.workspaceId(), memberId))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.MEMBER_NOT_FOUND, "Member",
                        memberRef)))
                .chain(member -> set(item, member.id(), false))).replaceWithVoid();
    }

    private Uni<Watcher> set(WorkItem item, UUID memberId, boolean watching) {
        var at = now.instant();
        return watchers.set(item.workspaceId(), item.id(), memberId, watching, at)
                .replaceWith(new Watcher(item.workspaceId(), item.id(), memberId, WatchReason.MANUAL, at));
    }

    private Uni<WorkItem> item(Caller caller, String wsRef, String itemRef, Scope scope) {
        return access.workspace(caller, wsRef, scope).chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef));
    }
}

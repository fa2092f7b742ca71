package io.worklane.api.rest.me;

import io.worklane.api.application.me.MeView;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.me.AwaitedApproval;
import io.worklane.domain.me.MyWorkItem;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.AwaitedApprovalList;
import io.worklane.openapi.model.Me;
import io.worklane.openapi.model.MyWorkItemList;
import io.worklane.openapi.model.MyWorkspace;

/** Domain → REST models of "me". */
final class MeDtos {
    private MeDtos() {
    }

    static Me of(MeView v) {
        return new Me().kind(ActorKind.fromValue(v.kind().name())).id(v.id()).name(v.name())
                .instanceAdministrator(v.instanceAdministrator())
                .workspaces(v.workspaces().stream().map(p -> new MyWorkspace().id(p.workspaceId()).slug(p.slug())
                        .name(p.name()).memberId(p.memberId()).role(p.role())
                        .scopes(p.scopes().stream().map(Scope::value).sorted().toList())).toList());
    }

    static MyWorkItemList items(Page<MyWorkItem> page) {
        return new MyWorkItemList().items(page.items().stream().map(i -> new io.worklane.openapi.model.MyWorkItem()
                .id(i.id()).workspaceId(i.workspaceId()).workspaceSlug(i.workspaceSlug()).key(i.key()).title(i.title())
                .status(i.status()).priority(i.priority()).dueDate(i.dueDate()).updatedAt(Dates.utc(i.updatedAt())))
                .toList()).nextCursor(page.nextCursor());
    }

    static AwaitedApprovalList approvals(Page<AwaitedApproval> page) {
        return new AwaitedApprovalList().items(page.items().stream().map(a -> new io.worklane.openapi.model.AwaitedApproval()
                .id(a.id()).workspaceId(a.workspaceId()).workspaceSlug(a.workspaceSlug()).workItemId(a.workItemId())
                .workItemKey(a.workItemKey()).workItemTitle(a.workItemTitle()).policy(a.policy())
                .requestedByName(a.requestedByName()).requestedAt(Dates.utc(a.requestedAt()))).toList())
                .nextCursor(page.nextCursor());
    }
}

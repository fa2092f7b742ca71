package io.worklane.api.rest.workspace;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Workspace;
import io.worklane.openapi.model.MemberList;
import io.worklane.openapi.model.MemberRole;
import io.worklane.openapi.model.WorkspaceList;

/** Domain → REST models for workspaces and members, field by field. */
final class WorkspaceDtos {
    private WorkspaceDtos() {
    }

    static io.worklane.openapi.model.Workspace of(Workspace w) {
        return new io.worklane.openapi.model.Workspace().id(w.id()).slug(w.slug()).name(w.name())
                .defaultCurrency(w.defaultCurrency()).timeZone(w.timeZone()).searchConfig(w.searchConfig()).version(w.version())
                .createdAt(Dates.utc(w.createdAt())).updatedAt(Dates.utc(w.updatedAt()));
    }

    static WorkspaceList of(Page<Workspace> page) {
        return new WorkspaceList().items(page.items().stream().map(WorkspaceDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.Member of(Member m) {
        return new io.worklane.openapi.model.Member().id(m.id()).email(m.email()).displayName(m.displayName())
                .role(MemberRole.fromValue(m.role().name())).linked(m.subject() != null).version(m.version())
                .createdAt(Dates.utc(m.createdAt())).updatedAt(Dates.utc(m.updatedAt()));
    }

    static MemberList members(Page<Member> page) {
        return new MemberList().items(page.items().stream().map(WorkspaceDtos::of).toList())
                .nextCursor(page.nextCursor());
    }
}

package io.worklane.api.rest.workspace;

import io.worklane.domain.shared.Page;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Workspace;
import io.worklane.openapi.model.MemberList;
import io.worklane.openapi.model.MemberRole;
import io.worklane.openapi.model.WorkspaceList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Domain → REST models for workspaces and members, field by field. */
final class WorkspaceDtos {
    private WorkspaceDtos() {
    }

    static io.worklane.openapi.model.Workspace of(Workspace w) {
        return new io.worklane.openapi.model.Workspace().id(w.id()).slug(w.slug()).name(w.name())
                .defaultCurrency(w.defaultCurrency()).timeZone(w.timeZone()).version(w.version())
                .createdAt(time(w.createdAt())).updatedAt(time(w.updatedAt()));
    }

    static WorkspaceList of(Page<Workspace> page) {
        return new WorkspaceList().items(page.items().stream().map(WorkspaceDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.Member of(Member m) {
        return new io.worklane.openapi.model.Member().id(m.id()).email(m.email()).displayName(m.displayName())
                .role(MemberRole.fromValue(m.role().name())).version(m.version())
                .createdAt(time(m.createdAt())).updatedAt(time(m.updatedAt()));
    }

    static MemberList members(Page<Member> page) {
        return new MemberList().items(page.items().stream().map(WorkspaceDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

package io.worklane.api.application.workspace;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.audit.AuditTrail;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.MemberRole;
import io.worklane.domain.workspace.Members;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Use cases of membership: people are added to a workspace by email with a role. */
@ApplicationScoped
public class MemberService {
    private final Members members;
    private final Access access;
    private final Events events;
    private final AuditTrail audit;
    private final Now now;

    public MemberService(Members members, Access access, Events events, AuditTrail audit, Now now) {
        this.members = members;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.now = now;
    }

    public record Patch(Change<String> displayName, Change<MemberRole> role) {
    }

    @WithTransaction
    public Uni<Member> add(Caller caller, String wsRef, String email, String displayName, MemberRole role) {
        return access.workspace(caller, wsRef, Scope.MEMBERS_WRITE).chain(ws -> {
            Member member = Member.add(ws.id(), email, displayName, role, now.instant());
            return members.insert(member).call(m -> events.record("member.added", ws.id(), m.id(), caller,
                    m.createdAt(), WorkspaceData.of(m), null))
                    .call(m -> audit.record(caller, ws.id(), "member.added", "member", m.id(),
                            Map.of("email", m.email(), "role", m.role().name())));
        });
    }

    public Uni<Member> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.MEMBERS_READ).chain(ws -> load(ws, id));
    }

    public Uni<Page<Member>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.MEMBERS_READ).chain(ws -> members.list(ws.id(), page));
    }

    @WithTransaction
    public Uni<Member> update(Caller caller, String wsRef, String id, Long expectedVersion, Patch patch) {
        return access.workspace(caller, wsRef, Scope.MEMBERS_WRITE).chain(ws -> load(ws, id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Member " + current.email());
            Member changed = current.change(patch.displayName(), patch.role(), now.instant());
            return members.update(changed).call(saved -> events.record("member.updated", ws.id(), saved.id(), caller,
                    saved.updatedAt(), WorkspaceData.of(saved), WorkspaceData.of(current)))
                    .call(saved -> saved.role() == current.role() ? Uni.createFrom().voidItem()
                            : audit.record(caller, ws.id(), "member.role_changed", "member", saved.id(),
                                    Map.of("email", saved.email(), "from", current.role().name(),
                                            "to", saved.role().name())));
        }));
    }

    @WithTransaction
    public Uni<Void> remove(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.MEMBERS_WRITE).chain(ws -> load(ws, id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Member " + current.email());
            return members.delete(ws.id(), current.id(), current.version())
                    .call(() -> events.record("member.removed", ws.id(), current.id(), caller, now.instant(),
                            WorkspaceData.of(current), null))
                    .call(() -> audit.record(caller, ws.id(), "member.removed", "member", current.id(),
                            Map.of("email", current.email(), "role", current.role().name())));
        }));
    }

    private Uni<Member> load(Workspace ws, String id) {
        UUID memberId = Ids.parseOrNull(id);
        Uni<java.util.Optional<Member>> found = memberId == null
                ? Uni.createFrom().item(java.util.Optional.empty()) : members.find(ws.id(), memberId);
        return found.map(m -> m.orElseThrow(() -> DomainException.notFound(ErrorCode.MEMBER_NOT_FOUND, "Member", id)));
    }
}

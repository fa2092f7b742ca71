package io.worklane.api.application.approval;

import io.worklane.api.application.team.TeamMembers;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemLookup;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.Approvals;
import io.worklane.domain.workflow.approval.Verdict;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Use cases of approvals: request one on a work item, read them, and decide (approve or reject). */
@ApplicationScoped
public class ApprovalService {
    private final Approvals approvals;
    private final WorkItems workItems;
    private final ApprovalInputs inputs;
    private final Access access;
    private final Events events;
    private final Now now;
    private final TeamMembers teams;
    private final ProjectAccess projectAccess;

    public ApprovalService(Approvals approvals, WorkItems workItems, ApprovalInputs inputs, Access access,
                           Events events, Now now, TeamMembers teams, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.teams = teams;
        this.approvals = approvals;
        this.workItems = workItems;
        this.inputs = inputs;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<Approval> request(Caller caller, String wsRef, String itemRef, ApprovalRequest request) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(item -> inputs.draft(item, request, caller.actorIn(item.workspaceId()), now.instant()))
                .chain(approvals::insert)
                .call(a -> events.record("approval.requested", a.workspaceId(), a.id(), caller, a.createdAt(),
                        ApprovalData.of(a), null));
    }

    public Uni<Approval> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> load(ws.id(), id)
                .call(a -> visible(caller, a, id)));
    }

    /** An approval of an item of a project hidden from the caller does not exist for it (ADR 0084). */
    private Uni<Void> visible(Caller caller, Approval a, String ref) {
        return workItems.find(a.workspaceId(), a.workItemId().toString()).chain(w -> projectAccess
                .requireSees(caller, a.workspaceId(), w.map(io.worklane.domain.workitem.WorkItem::projectId)
                        .orElse(null), ErrorCode.APPROVAL_NOT_FOUND, "Approval", ref));
    }

    public Uni<Page<Approval>> list(Caller caller, String wsRef, String itemRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), itemRef))
                .chain(item -> approvals.forItem(item.workspaceId(), item.id(), page));
    }

    /**
     * Records the caller's verdict. The scope comes first and the approval's existence second (so nothing
     * leaks), then who the caller is: only a person signed in as a member decides, never an API key.
     */
    @WithTransaction
    public Uni<Approval> decide(Caller caller, String wsRef, String id, Long expectedVersion, Verdict verdict,
                                String comment) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE).chain(ws -> load(ws.id(), id)).chain(current -> {
            Caller.Grant person = signedInMember(caller, current.workspaceId());
            ExpectedVersion.check(expectedVersion, current.version(), "Approval " + current.id());
            return inTeam(current, person.memberId()).map(inTeam -> current.decide(person.memberId(), person.role(),
                    inTeam, verdict, comment, now.instant())).chain(decided -> saved(caller, current, decided));
        });
    }

    /** Whether the member is in the approving team now; false (and no statement) when no team decides. */
    private Uni<Boolean> inTeam(Approval approval, UUID memberId) {
        return approval.approverTeamId() == null ? Uni.createFrom().item(false)
                : teams.of(approval.workspaceId(), approval.approverTeamId().toString())
                        .map(members -> members.contains(memberId))
                        .onFailure(DomainException.class).recoverWithItem(false);
    }

    private Uni<Approval> saved(Caller caller, Approval current, Approval decided) {
        return approvals.update(decided).call(saved -> events.record("approval.decided", saved.workspaceId(),
                saved.id(), caller, saved.updatedAt(),
                ApprovalData.decided(saved, saved.decisions().get(saved.decisions().size() - 1)),
                ApprovalData.of(current)));
    }

    private static Caller.Grant signedInMember(Caller caller, UUID workspaceId) {
        return Optional.ofNullable(caller.grants().get(workspaceId)).filter(g -> g.memberId() != null)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_AN_APPROVER, "Approvals are decided by people "
                        + "signed in as members of the workspace, not by API keys: sign in as an approver to decide."));
    }

    private Uni<Approval> load(UUID workspaceId, String id) {
        UUID approvalId = Ids.parseOrNull(id);
        return (approvalId == null ? Uni.createFrom().item(Optional.<Approval>empty())
                : approvals.find(workspaceId, approvalId))
                .map(a -> a.orElseThrow(() -> DomainException.notFound(ErrorCode.APPROVAL_NOT_FOUND, "Approval", id)));
    }
}

package io.worklane.api.application.time;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.time.TimeApproval;
import io.worklane.domain.time.TimeApprovals;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Approving a period locks a resource's entries in it. Approving and withdrawing need
 * {@code resources:write} (a resource manager's act, not the person's who logs); reading needs
 * {@code time_entries:read}.
 */
@ApplicationScoped
public class TimeApprovalService {
    private final TimeApprovals approvals;
    private final Resources resources;
    private final Access access;
    private final Now now;

    public TimeApprovalService(TimeApprovals approvals, Resources resources, Access access, Now now) {
        this.approvals = approvals;
        this.resources = resources;
        this.access = access;
        this.now = now;
    }

    @WithTransaction
    public Uni<TimeApproval> approve(Caller caller, String wsRef, String resource, LocalDate from, LocalDate to) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> {
            UUID id = Ids.parseOrNull(resource);
            return (id == null ? Uni.createFrom().item(java.util.Optional.<io.worklane.domain.resource.Resource>empty())
                    : resources.find(ws.id(), id)).chain(found -> {
                if (found.isEmpty()) {
                    throw DomainException.notFound(ErrorCode.RESOURCE_NOT_FOUND, "Resource", String.valueOf(resource));
                }
                return approvals.insert(TimeApproval.create(ws.id(), id, from, to, caller.actorIn(ws.id()).id(),
                        now.instant()));
            });
        });
    }

    public Uni<Page<TimeApproval>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_READ).chain(ws -> approvals.list(ws.id(), page));
    }

    @WithTransaction
    public Uni<Void> withdraw(Caller caller, String wsRef, UUID id) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_WRITE).chain(ws -> approvals.find(ws.id(), id)
                .chain(found -> {
                    found.orElseThrow(() -> DomainException.notFound(ErrorCode.TIME_APPROVAL_NOT_FOUND,
                            "Time approval", id.toString()));
                    return approvals.delete(ws.id(), id);
                }));
    }
}

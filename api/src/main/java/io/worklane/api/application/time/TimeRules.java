package io.worklane.api.application.time;

import io.worklane.api.application.project.ProjectAccess;
import io.smallrye.mutiny.Uni;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.time.NewTimeEntry;
import io.worklane.domain.time.TimeApprovals;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of logging time, shared by entries and timers: a resource and a work item of the workspace
 * (else 404), an open project (422 PROJECT_CLOSED), a day no approval locks (409 PERIOD_LOCKED).
 */
@ApplicationScoped
public class TimeRules {
    private final Resources resources;
    private final WorkItems workItems;
    private final Projects projects;
    private final TimeApprovals approvals;
    private final ProjectAccess projectAccess;

    public TimeRules(Resources resources, WorkItems workItems, Projects projects, TimeApprovals approvals,
                     ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.resources = resources;
        this.workItems = workItems;
        this.projects = projects;
        this.approvals = approvals;
    }

    /** What an entry is logged against, resolved and checked. */
    public record Target(Resource resource, WorkItem workItem) {
        public NewTimeEntry entry(TimeEntryDraft d) {
            return new NewTimeEntry(resource.id(), workItem.id(), workItem.projectId(), d.date(), d.minutes(),
                    d.billable(), d.note());
        }
    }

    public Uni<Target> target(io.worklane.api.application.shared.Caller caller, UUID workspaceId, String resourceRef,
                              String workItemRef) {
        UUID resourceId = Ids.parseOrNull(resourceRef);
        Uni<Optional<Resource>> resource = resourceId == null ? Uni.createFrom().item(Optional.empty())
                : resources.find(workspaceId, resourceId);
        Uni<Optional<WorkItem>> item = workItemRef == null ? Uni.createFrom().item(Optional.empty())
                : workItems.find(workspaceId, workItemRef);
        return resource.chain(r -> item.chain(i -> {
            // another workspace's objects do not exist here: 404, as for every reference (tenancy)
            if (r.isEmpty()) {
                throw DomainException.notFound(ErrorCode.RESOURCE_NOT_FOUND, "Resource", String.valueOf(resourceRef));
            }
            if (i.isEmpty()) {
                throw DomainException.notFound(ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", String.valueOf(workItemRef));
            }
            // an item of a private project the caller is not in does not exist for it (ADR 0084)
            return projectAccess.requireSees(caller, workspaceId,
                    i.get().projectId(), ErrorCode.WORK_ITEM_NOT_FOUND, "Work item", String.valueOf(workItemRef))
                    .chain(() -> projects.find(workspaceId, i.get().projectId().toString())).map(p -> {
                Project project = p.orElseThrow();
                if (project.status().isClosed()) {
                    throw new DomainException(ErrorCode.PROJECT_CLOSED, "Project " + project.key() + " is "
                            + project.status() + ": a closed project accepts no time entries.");
                }
                return new Target(r.get(), i.get());
            });
        }));
    }

    /** Refuses with PERIOD_LOCKED when an approval holds this resource's day. */
    public Uni<Void> unlocked(UUID workspaceId, UUID resourceId, LocalDate day) {
        return approvals.locks(workspaceId, resourceId, day).map(locked -> {
            if (locked) {
                throw new DomainException(ErrorCode.PERIOD_LOCKED, "The time of " + day
                        + " is approved (locked): withdraw the approval to change it.");
            }
            return null;
        });
    }
}

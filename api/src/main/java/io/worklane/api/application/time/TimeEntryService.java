package io.worklane.api.application.time;

import io.worklane.api.application.project.ProjectAccess;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.worklane.api.application.budget.BudgetAlerts;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.time.TimeEntries;
import io.worklane.domain.time.TimeEntry;
import io.worklane.domain.time.TimeEntryFilter;
import io.worklane.domain.time.TimeGrouping;
import io.worklane.domain.time.TimeTotal;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Time entries: logging needs {@code time_entries:write}, reading {@code time_entries:read}. */
@ApplicationScoped
public class TimeEntryService {
    private final ProjectAccess projectAccess;
    private final TimeEntries entries;
    private final TimeRules rules;
    private final WorkItems workItems;
    private final Projects projects;
    private final Access access;
    private final Events events;
    private final Now now;
    private final BudgetAlerts budgetAlerts;

    public TimeEntryService(TimeEntries entries, TimeRules rules, WorkItems workItems, Projects projects,
                            Access access, Events events, Now now, BudgetAlerts budgetAlerts, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.entries = entries;
        this.rules = rules;
        this.workItems = workItems;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.now = now;
        this.budgetAlerts = budgetAlerts;
    }

    @WithTransaction
    public Uni<TimeEntry> create(Caller caller, String wsRef, TimeEntryDraft d) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_WRITE).chain(ws -> log(caller, ws.id(), d));
    }

    /** Logs time inside the caller's transaction (also how a stopped timer logs its time). */
    Uni<TimeEntry> log(Caller caller, UUID workspaceId, TimeEntryDraft d) {
        return rules.target(caller, workspaceId, d.resource(), d.workItem()).chain(target -> {
            TimeEntry entry = TimeEntry.create(workspaceId, target.entry(d), target.resource().costRates(),
                    now.instant());
            return rules.unlocked(workspaceId, entry.resourceId(), entry.date())
                    .chain(() -> entries.insert(entry))
                    .call(saved -> events.record("time_entry.created", workspaceId, saved.id(), caller,
                            saved.createdAt(), TimeData.of(saved), null))
                    // labour is a cost: the project's budget thresholds are reassessed in this transaction (ADR 0025)
                    .call(saved -> budgetAlerts.reassess(caller, workspaceId, saved.projectId()));
        });
    }

    public Uni<TimeEntry> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_READ).chain(ws -> load(caller, ws.id(), id));
    }

    /** The latest entries (at most {@code limit} each) of the items of one workspace, in one statement. */
    public Uni<java.util.Map<UUID, List<TimeEntry>>> ofWorkItems(Caller caller, UUID workspaceId,
                                                             java.util.Collection<UUID> ids, int limit) {
        Access.require(caller, workspaceId, Scope.TIME_ENTRIES_READ);
        return entries.ofWorkItems(workspaceId, ids, limit).map(all -> all.stream()
                .collect(java.util.stream.Collectors.groupingBy(TimeEntry::workItemId)));
    }

    /** A page of each item's entries, newest day first, in one statement. */
    public Uni<java.util.Map<UUID, Page<TimeEntry>>> pagesOfWorkItems(Caller caller, UUID workspaceId,
                                                                 java.util.Collection<UUID> ids, PageRequest page) {
        Access.require(caller, workspaceId, Scope.TIME_ENTRIES_READ);
        return entries.pagesOfWorkItems(workspaceId, ids, page);
    }

    public Uni<Page<TimeEntry>> list(Caller caller, String wsRef, Filter f, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_READ).chain(ws -> filter(ws.id(), f)
                .chain(filter -> filter.isEmpty() ? Uni.createFrom().item(new Page<TimeEntry>(List.of(), null))
                        : entries.list(ws.id(), filter.get(), page)
                        .chain(found -> projectAccess.visibleOnly(caller, ws.id(), found, TimeEntry::projectId))));
    }

    public Uni<Totals> totals(Caller caller, String wsRef, Filter f, TimeGrouping groupBy) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_READ).chain(ws -> filter(ws.id(), f)
                .chain(filter -> filter.isEmpty() ? Uni.createFrom().item(List.<TimeTotal>of())
                        : projectAccess.sight(caller, ws.id()).chain(sight -> entries.totals(ws.id(),
                        // a hidden project's time is counted nowhere, in no group (ADR 0084)
                        filter.get().withHiddenProjects(sight.hidden()), groupBy)))
                .map(items -> new Totals(ws.id(), items)));
    }

    /** Totals with the workspace they are of (whether costs show depends on it). */
    public record Totals(UUID workspaceId, List<TimeTotal> items) {
    }

    @WithTransaction
    public Uni<TimeEntry> update(Caller caller, String wsRef, String id, Long expectedVersion, TimeEntryPatch patch) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_WRITE).chain(ws -> load(caller, ws.id(), id)
                .chain(current -> {
                    ExpectedVersion.check(expectedVersion, current.version(), "Time entry " + current.id());
                    TimeEntryDraft d = patch.mergedInto(current);
                    return rules.unlocked(ws.id(), current.resourceId(), current.date())
                            .chain(() -> rules.target(caller, ws.id(), d.resource(), d.workItem()))
                            .chain(target -> {
                                TimeEntry changed = current.change(target.entry(d), target.resource().costRates(),
                                        now.instant());
                                return rules.unlocked(ws.id(), changed.resourceId(), changed.date())
                                        .chain(() -> entries.update(changed));
                            })
                            .call(saved -> events.record("time_entry.updated", ws.id(), saved.id(), caller,
                                    saved.updatedAt(), TimeData.of(saved), TimeData.of(current)))
                            .call(saved -> budgetAlerts.reassess(caller, ws.id(), saved.projectId()))
                            .call(saved -> saved.projectId().equals(current.projectId()) ? Uni.createFrom().voidItem()
                                    : budgetAlerts.reassess(caller, ws.id(), current.projectId()));
                }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.TIME_ENTRIES_WRITE).chain(ws -> load(caller, ws.id(), id)
                .chain(current -> {
                    ExpectedVersion.check(expectedVersion, current.version(), "Time entry " + current.id());
                    return rules.unlocked(ws.id(), current.resourceId(), current.date())
                            .chain(() -> entries.delete(ws.id(), current.id(), current.version()))
                            .call(() -> events.record("time_entry.deleted", ws.id(), current.id(), caller,
                                    now.instant(), TimeData.of(current), null))
                            .call(() -> budgetAlerts.reassess(caller, ws.id(), current.projectId()))
                            .replaceWith(current.id());
                }));
    }

    /** Filters as the client wrote them: work item and project by id or key. */
    public record Filter(UUID resource, String workItem, String project, LocalDate from, LocalDate to,
                         Boolean billable) {
    }

    /** The filter resolved; empty when it names an item or project that does not exist (nothing matches). */
    private Uni<Optional<TimeEntryFilter>> filter(UUID workspaceId, Filter f) {
        Uni<Optional<WorkItem>> item = f.workItem() == null ? Uni.createFrom().item(Optional.empty())
                : workItems.find(workspaceId, f.workItem());
        Uni<Optional<Project>> project = f.project() == null ? Uni.createFrom().item(Optional.empty())
                : projects.find(workspaceId, f.project());
        return item.chain(i -> project.map(p -> (f.workItem() != null && i.isEmpty())
                || (f.project() != null && p.isEmpty()) ? Optional.empty()
                : Optional.of(new TimeEntryFilter(f.resource(), i.map(WorkItem::id).orElse(null),
                p.map(Project::id).orElse(null), f.from(), f.to(), f.billable()))));
    }

    private Uni<TimeEntry> load(Caller caller, UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<TimeEntry>empty()) : entries.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.TIME_ENTRY_NOT_FOUND,
                        "Time entry", String.valueOf(ref))))
                // one of a private project the caller is not in does not exist for it (ADR 0084)
                .call(x -> projectAccess.requireSees(caller, workspaceId, x.projectId(), ErrorCode.TIME_ENTRY_NOT_FOUND, "Time entry",
                        String.valueOf(ref)));
    }
}

package io.worklane.api.application.resource;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.workitem.WorkItemLookup;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.resource.Allocations;
import io.worklane.domain.resource.AssignmentSuggestions;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Holidays;
import io.worklane.domain.resource.RequiredSkills;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.resource.Skill;
import io.worklane.domain.resource.Suggestion;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who could take a work item: people ranked by its required skills (labels {@code skill:…}) and their
 * free capacity between its start and due dates (the next 4 weeks when it has none). Four statements.
 * Allocations to projects hidden from the caller are not weighed (ADR 0085), as the workload leaves them out:
 * otherwise the difference between the two would measure a private project's allocations.
 */
@ApplicationScoped
public class SuggestionService {
    static final int DEFAULT_DAYS = 28;
    static final int MAX_DAYS = 366;
    private final WorkItems workItems;
    private final Resources resources;
    private final Allocations allocations;
    private final Holidays holidays;
    private final Access access;
    private final Now now;
    private final ProjectAccess projectAccess;

    public SuggestionService(WorkItems workItems, Resources resources, Allocations allocations, Holidays holidays,
                             Access access, Now now, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.workItems = workItems;
        this.resources = resources;
        this.allocations = allocations;
        this.holidays = holidays;
        this.access = access;
        this.now = now;
    }

    public Uni<Result> suggest(Caller caller, String wsRef, String workItemRef) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_READ).chain(ws -> WorkItemLookup.load(workItems, caller,
                ws.id(), workItemRef).chain(item -> forItems(caller, ws.id(), List.of(item)).map(m -> m.get(item.id()))));
    }

    /** For the items of one workspace at once (GraphQL WorkItem.assignmentSuggestions): three statements. */
    public Uni<Map<UUID, Result>> ofWorkItems(Caller caller, UUID workspaceId, List<WorkItem> items) {
        Access.require(caller, workspaceId, Scope.RESOURCES_READ);
        return items.isEmpty() ? Uni.createFrom().item(Map.of()) : forItems(caller, workspaceId, items);
    }

    private Uni<Map<UUID, Result>> forItems(Caller caller, UUID workspaceId, List<WorkItem> items) {
        LocalDate today = now.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        Map<UUID, LocalDate[]> ranges = new HashMap<>();
        items.forEach(i -> ranges.put(i.id(), range(i, today)));
        LocalDate first = ranges.values().stream().map(r -> r[0]).min(LocalDate::compareTo).orElse(today);
        LocalDate last = ranges.values().stream().map(r -> r[1]).max(LocalDate::compareTo).orElse(today);
        return resources.all(workspaceId, null).chain(rs -> projectAccess.sight(caller, workspaceId).chain(sight ->
                allocations.overlapping(workspaceId, null, first, last)
                        .map(all -> all.stream().filter(a -> sight.sees(a.projectId())).toList()))
                .chain(as -> holidays.between(workspaceId, first, last).map(hs -> {
                    Set<LocalDate> off = hs.stream().map(Holiday::day).collect(Collectors.toSet());
                    Map<UUID, Result> out = new HashMap<>();
                    for (WorkItem item : items) {
                        LocalDate[] r = ranges.get(item.id());
                        List<Skill> required = RequiredSkills.of(item.labels());
                        out.put(item.id(), new Result(item, r[0], r[1], required,
                                AssignmentSuggestions.rank(required, rs, as, off, r[0], r[1])));
                    }
                    return out;
                })));
    }

    /** start..due; only one of them: that day; neither: the next 4 weeks; at most a year. */
    private static LocalDate[] range(WorkItem item, LocalDate today) {
        LocalDate from = item.startDate() != null ? item.startDate() : item.dueDate() != null ? item.dueDate() : today;
        LocalDate to = item.dueDate() == null ? (item.startDate() == null ? from.plusDays(DEFAULT_DAYS - 1) : from)
                : item.dueDate().isBefore(from) ? from : item.dueDate();
        return new LocalDate[] {from, to.isAfter(from.plusDays(MAX_DAYS - 1)) ? from.plusDays(MAX_DAYS - 1) : to};
    }

    public record Result(WorkItem item, LocalDate from, LocalDate to, List<Skill> required, List<Suggestion> items) {
    }
}

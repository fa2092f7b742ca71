package io.worklane.api.application.resource;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectSight;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.team.TeamMembers;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.resource.Allocation;
import io.worklane.domain.resource.Allocations;
import io.worklane.domain.resource.AssignedWorks;
import io.worklane.domain.resource.Granularity;
import io.worklane.domain.resource.Holiday;
import io.worklane.domain.resource.Holidays;
import io.worklane.domain.resource.Resource;
import io.worklane.domain.resource.ResourceWorkload;
import io.worklane.domain.resource.Resources;
import io.worklane.domain.resource.Workload;
import io.worklane.domain.resource.WorkloadRange;
import io.worklane.domain.time.TimeEntries;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The workload of a workspace's resources: five set-based reads (resources, holidays, allocations,
 * assigned estimates, logged minutes per day), whatever the number of resources, then computed in memory. The
 * allocations, assigned items and logged time of projects hidden from the caller (ADR 0084) are left out of every
 * figure, and a hidden project named as the filter is one that does not exist.
 */
@ApplicationScoped
public class WorkloadService {
    private final Resources resources;
    private final Holidays holidays;
    private final Allocations allocations;
    private final AssignedWorks assigned;
    private final TimeEntries timeEntries;
    private final Projects projects;
    private final Access access;
    private final TeamMembers teamMembers;
    private final ProjectAccess projectAccess;

    public WorkloadService(Resources resources, Holidays holidays, Allocations allocations, AssignedWorks assigned,
                           TimeEntries timeEntries, Projects projects, Access access, TeamMembers teamMembers,
                           ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.teamMembers = teamMembers;
        this.resources = resources;
        this.holidays = holidays;
        this.allocations = allocations;
        this.assigned = assigned;
        this.timeEntries = timeEntries;
        this.projects = projects;
        this.access = access;
    }

    /** With {@code project}: only resources allocated to it in the range, with all their figures. */
    public Uni<Result> workload(Caller caller, String wsRef, String from, String to, String granularity,
                                UUID resource, String project) {
        return workload(caller, wsRef, from, to, granularity, resource, project, null);
    }

    /**
     * With {@code team} also: only the resources of the team's members (a team of another workspace, or none,
     * is TEAM_NOT_FOUND). One more statement, whatever the number of members.
     */
    public Uni<Result> workload(Caller caller, String wsRef, String from, String to, String granularity,
                                UUID resource, String project, String team) {
        return access.workspace(caller, wsRef, Scope.RESOURCES_READ)
                .chain(ws -> teamMembers.of(ws.id(), team).chain(members -> projectAccess.sight(caller, ws.id())
                        .chain(sight -> read(sight, ws.id(), WorkloadRange.of(from, to, granularity), resource,
                                project)).map(r -> members == null ? r : r.of(members))));
    }

    private Uni<Result> read(ProjectSight sight, UUID wsId, WorkloadRange range, UUID resource, String project) {
        return (project == null ? Uni.createFrom().item(Optional.<Project>empty()) : projects.find(wsId, project)
                .map(found -> found.filter(p -> sight.sees(p.id())))).chain(p -> {
            if (project != null && p.isEmpty()) {
                return Uni.createFrom().item(new Result(range, List.of()));
            }
            return resources.all(wsId, resource).chain(rs -> holidays.between(wsId, null, null).chain(hs ->
                    allocations.overlapping(wsId, resource, range.start(), range.end())
                            .map(all -> all.stream().filter(a -> sight.sees(a.projectId())).toList()).chain(as ->
                            assigned.between(wsId, range.start(), range.end(), sight.hidden()).chain(work ->
                                    timeEntries.logged(wsId, resource, range.start(), range.end(),
                                            range.granularity() == Granularity.WEEK, sight.hidden()).map(logged -> {
                                        Set<java.time.LocalDate> off = hs.stream().map(Holiday::day)
                                                .collect(Collectors.toSet());
                                        List<Resource> shown = p.map(pr -> onProject(rs, as, pr.id())).orElse(rs);
                                        return new Result(range, Workload.compute(range, shown, off, as, work,
                                                logged));
                                    })))));
        });
    }

    private static List<Resource> onProject(List<Resource> all, List<Allocation> allocations, UUID projectId) {
        Set<UUID> allocated = allocations.stream().filter(a -> a.projectId().equals(projectId))
                .map(Allocation::resourceId).collect(Collectors.toSet());
        return all.stream().filter(r -> allocated.contains(r.id())).toList();
    }

    public record Result(WorkloadRange range, List<ResourceWorkload> resources) {
        /** Only the resources that are these members. */
        Result of(Set<UUID> members) {
            return new Result(range, resources.stream().filter(w -> w.resource().memberId() != null
                    && members.contains(w.resource().memberId())).toList());
        }
    }
}

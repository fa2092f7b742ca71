package io.worklane.api.application.planning;

import io.smallrye.mutiny.Uni;
import io.worklane.api.config.PlanningConfig;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.ProjectScheduler;
import io.worklane.domain.planning.WorkingCalendar;
import io.worklane.domain.project.Project;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what a project's schedule is computed over, in four statements whatever the project's size:
 * its items, the dependencies touching them, the other projects' items among their ends, the holidays.
 */
@ApplicationScoped
public class ScheduleReads {
    private final WorkItems workItems;
    private final Dependencies dependencies;
    private final WorkspaceCalendars calendars;
    private final PlanningConfig config;

    public ScheduleReads(WorkItems workItems, Dependencies dependencies, WorkspaceCalendars calendars, PlanningConfig config) {
        this.workItems = workItems;
        this.dependencies = dependencies;
        this.calendars = calendars;
        this.config = config;
    }

    /** The scheduler's input with the calendar and a scheduler on it. */
    public record Network(ProjectScheduler.Input input, WorkingCalendar calendar, ProjectScheduler scheduler) {
    }

    private record Read(List<WorkItem> items, List<Dependency> deps, WorkingCalendar calendar) {
    }

    /**
     * The items, the dependencies and the calendar are read at once (three statements on three pool
     * connections: the decoding of 10,000 rows overlaps PostgreSQL's work), then the outside items.
     */
    public Uni<Network> of(Project project) {
        UUID ws = project.workspaceId();
        return Uni.combine().all().unis(workItems.ofProject(ws, project.id()), dependencies.ofProject(ws, project.id()),
                        calendars.of(ws)).with(Read::new)
                .chain(read -> outside(ws, read).map(outside -> network(project, read, outside)));
    }

    private Network network(Project project, Read read, List<WorkItem> outside) {
        var input = new ProjectScheduler.Input(project, read.items(), read.deps(), outside, LocalDate.now(ZoneOffset.UTC));
        return new Network(input, read.calendar(), new ProjectScheduler(read.calendar(), config.hoursPerDay() * 60));
    }

    /** The items of other projects at an end of the project's dependencies. */
    private Uni<List<WorkItem>> outside(UUID ws, Read read) {
        Set<UUID> mine = read.items().stream().map(WorkItem::id).collect(Collectors.toSet());
        Set<UUID> others = read.deps().stream().flatMap(d -> Stream.of(d.predecessorId(),
                d.successorId())).filter(id -> !mine.contains(id)).collect(Collectors.toSet());
        return others.isEmpty() ? Uni.createFrom().item(List.of()) : workItems.byIds(ws, others);
    }
}

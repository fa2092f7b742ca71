package io.worklane.api.graphql.planning;

import io.worklane.api.application.planning.Related;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.domain.planning.DateChange;
import io.worklane.domain.planning.ItemSchedule;
import io.worklane.domain.planning.ProjectSchedule;
import io.worklane.domain.planning.ScheduleConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL types of planning: dependencies, links, schedules, with the mapping from the domain. */
public final class PlanningTypes {
    private PlanningTypes() {
    }

    @Enum("DependencyType")
    @Description("How a successor waits: FS finish-to-start, SS start-to-start, FF finish-to-finish, SF "
            + "start-to-finish (docs/scheduling.md).")
    public enum Kind { FS, SS, FF, SF }

    @Enum("LinkType")
    @Description("A plain link: RELATES_TO (either way round) or DUPLICATES (the source repeats the target).")
    public enum LinkKind { RELATES_TO, DUPLICATES }

    @Enum("LinkDirection")
    @Description("OUTGOING when the item asked about is the link's source, INCOMING when it is its target.")
    public enum Direction { OUTGOING, INCOMING }

    @Type("Dependency")
    @Description("The successor waits for the predecessor as its type says, lagDays working days later.")
    public record DependencyView(@Id @NonNull @Description("The dependency's id.") String id,
                                 @NonNull @Description("How the successor waits.") Kind type,
                                 @Description("Working days added to the predecessor's date; negative is a lead.")
                                 int lagDays,
                                 @NonNull @Description("The item waited for.") WorkItem predecessor,
                                 @NonNull @Description("The item that waits.") WorkItem successor,
                                 @NonNull @Description("When it was made.") Instant createdAt) {

        static DependencyView of(io.worklane.domain.planning.Dependency d, io.worklane.domain.workitem.WorkItem p,
                                 io.worklane.domain.workitem.WorkItem s) {
            return new DependencyView(d.id().toString(), Kind.valueOf(d.type().name()), d.lagDays(), new WorkItem(p),
                    new WorkItem(s), d.createdAt());
        }

        static DependencyView of(Related.Shown s) {
            return of(s.dependency(), s.predecessor(), s.successor());
        }
    }

    @Type("WorkItemLink")
    @Description("A plain link between two work items of a workspace, seen from one of them.")
    public record LinkView(@Id @NonNull @Description("The link's id.") String id,
                           @NonNull @Description("RELATES_TO or DUPLICATES.") LinkKind type,
                           @NonNull @Description("Whether the item asked about is the source or the target.")
                           Direction direction,
                           @NonNull @Description("The item at the other end.") WorkItem item,
                           @NonNull @Description("When it was made.") Instant createdAt) {

        static LinkView of(Related.Linked l) {
            return new LinkView(l.link().id().toString(), LinkKind.valueOf(l.link().type().name()),
                    l.outgoing() ? Direction.OUTGOING : Direction.INCOMING, new WorkItem(l.other()),
                    l.link().createdAt());
        }
    }

    @Type("ScheduleConflict")
    @Description("A dependency that the item's planned dates break, and by how many working days.")
    public record ConflictView(@Id @NonNull @Description("The dependency broken.") String dependencyId,
                               @NonNull @Description("The predecessor's key.") String predecessor,
                               @NonNull @Description("The dependency's type.") Kind type,
                               @Description("The dependency's lag in working days.") int lagDays,
                               @Description("Working days the item would have to move later.") int days,
                               @NonNull @Description("The earliest start (FS, SS) or finish (FF, SF) allowed.")
                               LocalDate earliest) {

        public static ConflictView of(ScheduleConflict c) {
            return new ConflictView(c.dependencyId().toString(), c.predecessorKey(), Kind.valueOf(c.type().name()),
                    c.lagDays(), c.days(), c.earliest());
        }
    }

    @Type("ItemSchedule")
    @Description("An item's critical-path figures: dates in working days of the workspace calendar.")
    public record ItemScheduleView(@Id @NonNull @Description("The work item's id.") String id,
                                   @NonNull @Description("The work item's key.") String key,
                                   @Description("Working days; null when unscheduled (see Schedule.warnings).")
                                   Integer durationDays,
                                   @NonNull @Description("The earliest start.") LocalDate earlyStart,
                                   @NonNull @Description("The last day of the early dates.") LocalDate earlyFinish,
                                   @NonNull @Description("The latest start that keeps the finish.") LocalDate lateStart,
                                   @NonNull @Description("The latest finish that keeps the project's.")
                                   LocalDate lateFinish,
                                   @Description("Working days it may slip without moving the project's finish.")
                                   int totalFloat,
                                   @Description("Working days it may slip without moving a successor.") int freeFloat,
                                   @Description("Total float of 0 or less.") boolean critical) {

        static ItemScheduleView of(ItemSchedule i) {
            return new ItemScheduleView(i.id().toString(), i.key(), i.durationDays(), i.earlyStart(), i.earlyFinish(),
                    i.lateStart(), i.lateFinish(), i.totalFloat(), i.freeFloat(), i.critical());
        }
    }

    @Type("CriticalPath")
    @Description("A chain of critical items, each driving the next, from the first to the last.")
    public record PathView(@NonNull @Description("The items' keys, in order.") List<@NonNull String> keys) {
    }

    @Type("Schedule")
    @Description("A project's critical-path schedule computed by the server (docs/scheduling.md).")
    public record ScheduleView(@NonNull @Description("The project's key.") String projectKey,
                               @NonNull @Description("The first working day it starts from.") LocalDate start,
                               @NonNull @Description("The earliest the project can finish.") LocalDate earliestFinish,
                               @Description("The project's target date.") LocalDate targetDate,
                               @Description("Working days from target to earliest finish; positive is late.")
                               Integer finishVarianceDays,
                               @NonNull @Description("Chains of critical items, each driving the next (at most 20).")
                               List<@NonNull PathView> criticalPaths,
                               @NonNull @Description("Every item's figures.") List<@NonNull ItemScheduleView> items,
                               @NonNull @Description("What could not be scheduled and why.")
                               List<@NonNull String> warnings) {

        static ScheduleView of(ProjectSchedule s) {
            return new ScheduleView(s.projectKey(), s.start(), s.earliestFinish(), s.targetDate(),
                    s.finishVarianceDays(), s.criticalPaths().stream().map(PathView::new).toList(), s.items().stream().map(ItemScheduleView::of).toList(),
                    s.warnings());
        }
    }

    @Type("Phase")
    @Description("A stage of a project, in order, with an optional date range.")
    public record PhaseView(@Id @NonNull @Description("The phase's id.") String id,
                            @NonNull @Description("Its name, e.g. Build.") String name,
                            @Description("Its order among the project's phases, from 0.") int position,
                            @Description("When it starts.") LocalDate startDate,
                            @Description("When it ends.") LocalDate endDate,
                            @Description("Its version, for If-Match.") int version) {

        static PhaseView of(io.worklane.domain.planning.Phase p) {
            return new PhaseView(p.id().toString(), p.name(), p.position(), p.startDate(), p.endDate(),
                    (int) p.version());
        }
    }

    @Type("DateChange")
    @Description("A date that applying a schedule moves, and why.")
    public record DateChangeView(@NonNull @Description("The item's key.") String key,
                                 @NonNull @Description("startDate or dueDate.") String field,
                                 @NonNull @Description("The date before.") LocalDate from,
                                 @NonNull @Description("The date after.") LocalDate to,
                                 @NonNull @Description("The dependency that drives the move.") String why) {

        static DateChangeView of(DateChange c) {
            return new DateChangeView(c.key(), c.field(), c.from(), c.to(), c.why());
        }
    }

    @Type("DependencyPayload")
    @Description("The dependency made.")
    public record DependencyPayload(@NonNull @Description("The dependency.") DependencyView dependency) {
    }

    @Type("LinkPayload")
    @Description("The link made, seen from the item it was made on.")
    public record LinkPayload(@NonNull @Description("The link.") LinkView link) {
    }

    @Type("ApplySchedulePayload")
    @Description("The dates moved (or, for a dry run, that would be).")
    public record ApplyPayload(@Description("True when nothing was written.") boolean dryRun,
                               @NonNull @Description("Each date moved.") List<@NonNull DateChangeView> changes) {
    }
}

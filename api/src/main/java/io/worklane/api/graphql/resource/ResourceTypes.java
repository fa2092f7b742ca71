package io.worklane.api.graphql.resource;

import io.worklane.api.graphql.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The smaller GraphQL types of resources and time: enums, payloads and value types. */
final class ResourceTypes {
    private ResourceTypes() {
    }

    @Description("What a resource is: a PERSON, EQUIPMENT, a ROOM or OTHER.")
    public enum Kind { PERSON, EQUIPMENT, ROOM, OTHER }

    @Description("A day of the week.")
    public enum Weekday { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

    @Description("The length of a workload period: an ISO WEEK (Monday to Sunday) or a DAY.")
    public enum Granularity { WEEK, DAY }

    @Description("The optional fields of a resource that an update can clear.")
    public enum ResourceField { MEMBER }

    @Description("The answer of a mutation that creates or changes a resource.")
    public record ResourcePayload(@Description("The resource as the mutation left it.") @NonNull Resource resource) {
    }

    @Description("A resource reserved for a project (or one of its work items) from a day to a day.")
    public record Allocation(@Description("The allocation's id (a UUID).") @Id @NonNull String id,
                             @Description("The resource reserved (Workspace.resources).")
                             @Id @NonNull String resourceId,
                             @Description("The project the resource is reserved for.") @Id @NonNull String projectId,
                             @Description("The work item the resource is reserved for; null when the "
                                     + "whole project is meant.")
                             @Id String workItemId,
                             @NonNull LocalDate from,
                             @NonNull LocalDate to,
                             @Description("The reserved time in minutes per week; null when the "
                                     + "allocation is given as percent.")
                             Integer minutesPerWeek,
                             @Description("The reserved share of the resource's capacity, in percent "
                                     + "(above 0, at most 100); null when given as minutesPerWeek.")
                             BigDecimal percent,
                             @Description("A free note; null when none.") String note,
                             @Description("Increases with every change; pass it as expectedVersion to "
                                     + "change or delete it safely.")
                             int version,
                             @NonNull Instant createdAt,
                             @NonNull Instant updatedAt) {
        static Allocation of(io.worklane.domain.resource.Allocation a) {
            return new Allocation(a.id().toString(), a.resourceId().toString(), a.projectId().toString(),
                    a.workItemId() == null ? null : a.workItemId().toString(), a.from(), a.to(), a.minutesPerWeek(),
                    a.percent(), a.note(), (int) a.version(), a.createdAt(), a.updatedAt());
        }
    }

    @Description("The answer of a mutation that creates or changes an allocation.")
    public record AllocationPayload(@Description("The allocation as the mutation left it.")
                                    @NonNull Allocation allocation) {
    }

    @Description("One resource's figures for one period; utilization is allocated ÷ capacity (null when capacity is 0).")
    public record WorkloadPeriod(@NonNull LocalDate start,
                                 @Description("Its capacity in the period in minutes (0 on time off and "
                                         + "holidays).")
                                 long capacityMinutes,
                                 @Description("The minutes its allocations reserve in the period.")
                                 long allocatedMinutes,
                                 @Description("The estimates of open work items assigned to the "
                                         + "resource's member, shared by their assignees and spread "
                                         + "over the working days to their due date (items without a "
                                         + "due date are not counted).")
                                 long assignedMinutes,
                                 @Description("The time logged on it in the period.") long loggedMinutes,
                                 @Description("allocated ÷ capacity, two decimals (1.25 = 125 %); null "
                                         + "when capacity is 0.")
                                 BigDecimal utilization,
                                 @Description("Whether more is allocated than its capacity.") boolean overallocated) {
    }

    @Description("One resource's figures over the periods asked for.")
    public record ResourceWorkload(@Description("The resource.") @NonNull Resource resource,
                                   @Description("One entry per week (or day), in order.")
                                   @NonNull List<@NonNull WorkloadPeriod> periods) {
    }

    @Description("Workload per resource and ISO week (Monday to Sunday) or day.")
    public record Workload(@NonNull LocalDate from,
                           @NonNull LocalDate to,
                           @Description("Whether the periods are weeks or days.") @NonNull Granularity granularity,
                           @Description("One entry per resource.") @NonNull List<@NonNull ResourceWorkload> resources) {
    }

    @Description("Time a resource spent on a work item; cost (the rate in force that day) only for callers holding "
            + "budgets:read.")
    public record TimeEntry(@Description("The time entry's id (a UUID).") @Id @NonNull String id,
                            @Description("The resource who spent the time.") @Id @NonNull String resourceId,
                            @Description("The work item the time was spent on.") @Id @NonNull String workItemId,
                            @Description("The project of the work item.") @Id @NonNull String projectId,
                            @NonNull LocalDate date,
                            @Description("The time spent, 1 to 1440 minutes.") int minutes,
                            @Description("Whether the time may be billed to a customer.") boolean billable,
                            @Description("What was done; null when none.") String note,
                            @Description("minutes × the resource's hourly rate in force that day; null "
                                    + "without a rate, and for callers without budgets:read.")
                            Money cost,
                            @Description("Increases with every change; pass it as expectedVersion to "
                                    + "change or delete it safely.")
                            int version,
                            @NonNull Instant createdAt,
                            @NonNull Instant updatedAt) {
        static TimeEntry of(io.worklane.domain.time.TimeEntry t, boolean costs) {
            return new TimeEntry(t.id().toString(), t.resourceId().toString(), t.workItemId().toString(),
                    t.projectId().toString(), t.date(), t.minutes(), t.billable(), t.note(),
                    costs ? Money.of(t.cost()) : null, (int) t.version(), t.createdAt(), t.updatedAt());
        }
    }

    @Description("The answer of a mutation that creates or changes a time entry.")
    public record TimeEntryPayload(@Description("The time entry as the mutation left it.") @NonNull TimeEntry timeEntry) {
    }

    @Description("A running measurement of time a resource spends on a work item.")
    public record Timer(@Description("The timer's id (a UUID).") @Id @NonNull String id,
                        @Description("The resource whose time runs.") @Id @NonNull String resourceId,
                        @Description("The work item the time is spent on.") @Id @NonNull String workItemId,
                        @Description("Whether the time will be billable.") boolean billable,
                        @Description("What is being done; null when none.") String note,
                        @NonNull Instant startedAt) {
        static Timer of(io.worklane.domain.time.Timer t) {
            return new Timer(t.id().toString(), t.resourceId().toString(), t.workItemId().toString(), t.billable(),
                    t.note(), t.startedAt());
        }
    }

    @Description("The answer of a mutation that creates or changes a timer.")
    public record TimerPayload(@Description("The timer as the mutation left it.") @NonNull Timer timer) {
    }

    @Description("An approved period of a resource's time: its entries are locked.")
    public record TimeApproval(@Description("The time approval's id (a UUID).") @Id @NonNull String id,
                               @Description("The resource whose time is locked.") @Id @NonNull String resourceId,
                               @NonNull LocalDate from,
                               @NonNull LocalDate to,
                               @Description("Who approved: a member id or an API key id.") @NonNull String approvedBy,
                               @NonNull Instant approvedAt) {
        static TimeApproval of(io.worklane.domain.time.TimeApproval a) {
            return new TimeApproval(a.id().toString(), a.resourceId().toString(), a.from(), a.to(), a.approvedBy(),
                    a.approvedAt());
        }
    }

    @Description("The answer of a mutation that creates or changes a time approval.")
    public record TimeApprovalPayload(@Description("The time approval as the mutation left it.")
                                      @NonNull TimeApproval timeApproval) {
    }

    @Description("A person proposed for a work item: rank 1 is the best; reason says why.")
    public record AssignmentSuggestion(@Description("The suggested person.") @NonNull Resource resource,
                                       @Description("Its place in the ranking: 1 is the best.") int rank,
                                       @Description("How many of the item's required skills it has at "
                                               + "the level asked.")
                                       int matchedSkills,
                                       @Description("The required skills it lacks (or has below the "
                                               + "level asked).")
                                       @NonNull List<@NonNull String> missingSkills,
                                       @Description("The resource's capacity minus its allocations "
                                               + "between the item's start and due dates, in minutes.")
                                       long freeMinutes,
                                       @Description("Why, in words, e.g. has java 4 (needs 3) and 1,920 "
                                               + "free minutes between 2026-12-07 and 2026-12-11.")
                                       @NonNull String reason) {
    }
}

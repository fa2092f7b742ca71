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

    public enum Kind { PERSON, EQUIPMENT, ROOM, OTHER }

    public enum Weekday { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

    public enum Granularity { WEEK, DAY }

    public enum ResourceField { MEMBER }

    public record ResourcePayload(@NonNull Resource resource) {
    }

    @Description("A resource reserved for a project (or one of its work items) from a day to a day.")
    public record Allocation(@Id @NonNull String id, @Id @NonNull String resourceId, @Id @NonNull String projectId,
                             @Id String workItemId, @NonNull LocalDate from, @NonNull LocalDate to,
                             Integer minutesPerWeek, BigDecimal percent, String note, int version,
                             @NonNull Instant createdAt, @NonNull Instant updatedAt) {
        static Allocation of(io.worklane.domain.resource.Allocation a) {
            return new Allocation(a.id().toString(), a.resourceId().toString(), a.projectId().toString(),
                    a.workItemId() == null ? null : a.workItemId().toString(), a.from(), a.to(), a.minutesPerWeek(),
                    a.percent(), a.note(), (int) a.version(), a.createdAt(), a.updatedAt());
        }
    }

    public record AllocationPayload(@NonNull Allocation allocation) {
    }

    @Description("One resource's figures for one period; utilization is allocated ÷ capacity (null when capacity is 0).")
    public record WorkloadPeriod(@NonNull LocalDate start, long capacityMinutes, long allocatedMinutes,
                                 long assignedMinutes, long loggedMinutes, BigDecimal utilization,
                                 boolean overallocated) {
    }

    public record ResourceWorkload(@NonNull Resource resource, @NonNull List<@NonNull WorkloadPeriod> periods) {
    }

    @Description("Workload per resource and ISO week (Monday to Sunday) or day.")
    public record Workload(@NonNull LocalDate from, @NonNull LocalDate to, @NonNull Granularity granularity,
                           @NonNull List<@NonNull ResourceWorkload> resources) {
    }

    @Description("Time a resource spent on a work item; cost (the rate in force that day) only for callers holding "
            + "budgets:read.")
    public record TimeEntry(@Id @NonNull String id, @Id @NonNull String resourceId, @Id @NonNull String workItemId,
                            @Id @NonNull String projectId, @NonNull LocalDate date, int minutes, boolean billable,
                            String note, Money cost, int version, @NonNull Instant createdAt,
                            @NonNull Instant updatedAt) {
        static TimeEntry of(io.worklane.domain.time.TimeEntry t, boolean costs) {
            return new TimeEntry(t.id().toString(), t.resourceId().toString(), t.workItemId().toString(),
                    t.projectId().toString(), t.date(), t.minutes(), t.billable(), t.note(),
                    costs ? Money.of(t.cost()) : null, (int) t.version(), t.createdAt(), t.updatedAt());
        }
    }

    public record TimeEntryPayload(@NonNull TimeEntry timeEntry) {
    }

    public record Timer(@Id @NonNull String id, @Id @NonNull String resourceId, @Id @NonNull String workItemId,
                        boolean billable, String note, @NonNull Instant startedAt) {
        static Timer of(io.worklane.domain.time.Timer t) {
            return new Timer(t.id().toString(), t.resourceId().toString(), t.workItemId().toString(), t.billable(),
                    t.note(), t.startedAt());
        }
    }

    public record TimerPayload(@NonNull Timer timer) {
    }

    @Description("An approved period of a resource's time: its entries are locked.")
    public record TimeApproval(@Id @NonNull String id, @Id @NonNull String resourceId, @NonNull LocalDate from,
                               @NonNull LocalDate to, @NonNull String approvedBy, @NonNull Instant approvedAt) {
        static TimeApproval of(io.worklane.domain.time.TimeApproval a) {
            return new TimeApproval(a.id().toString(), a.resourceId().toString(), a.from(), a.to(), a.approvedBy(),
                    a.approvedAt());
        }
    }

    public record TimeApprovalPayload(@NonNull TimeApproval timeApproval) {
    }

    @Description("A person proposed for a work item: rank 1 is the best; reason says why.")
    public record AssignmentSuggestion(@NonNull Resource resource, int rank, int matchedSkills,
                                       @NonNull List<@NonNull String> missingSkills, long freeMinutes,
                                       @NonNull String reason) {
    }
}

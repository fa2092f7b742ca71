package io.worklane.api.graphql.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the resource and allocation mutations. */
final class ResourceInputs {
    private ResourceInputs() {
    }

    @Input("SkillInput")
    public static class Skill {
        @NonNull
        public String name;
        @Description("1 to 5.")
        public int level;
    }

    @Input("WeekdayCapacityInput")
    public static class WeekdayCapacity {
        @NonNull
        public ResourceTypes.Weekday day;
        @Description("0 to 1440.")
        public int minutes;
    }

    @Input("TimeOffInput")
    public static class TimeOff {
        @NonNull
        public LocalDate from;
        @Description("Inclusive; null: the same day.")
        public LocalDate to;
        public String reason;
    }

    @Input("CostRateInput")
    public static class CostRate {
        @NonNull
        public LocalDate from;
        @NonNull
        @Description("A decimal string with at most the currency's digits, e.g. \"80.00\".")
        public String amount;
        @NonNull
        public String currency;
    }

    @Input("CreateResourceInput")
    @Description("A resource; capacity null or empty: 480 minutes Monday to Friday.")
    public static class Create {
        @NonNull
        public String workspace;
        @NonNull
        public ResourceTypes.Kind kind;
        @NonNull
        public String name;
        @Id
        @Description("The member (id) this PERSON is.")
        public String member;
        public List<@NonNull Skill> skills;
        public List<@NonNull WeekdayCapacity> capacity;
        public List<@NonNull TimeOff> timeOff;
        public List<@NonNull CostRate> costRates;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateResourceInput")
    @Description("Fields left null stay as they are; lists are replaced whole; clear MEMBER unlinks the member. A "
            + "change of costRates re-prices the resource's unlocked time entries.")
    public static class Update {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
        public ResourceTypes.Kind kind;
        public String name;
        @Id
        public String member;
        public List<@NonNull Skill> skills;
        public List<@NonNull WeekdayCapacity> capacity;
        public List<@NonNull TimeOff> timeOff;
        public List<@NonNull CostRate> costRates;
        public List<ResourceTypes.@NonNull ResourceField> clear;
    }

    @Input("DeleteResourceInput")
    public static class Delete {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }

    @Input("CreateAllocationInput")
    @Description("A resource reserved for a project (key or id) or a work item of it, as minutesPerWeek or percent.")
    public static class CreateAllocation {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String resource;
        public String project;
        public String workItem;
        @NonNull
        public LocalDate from;
        @NonNull
        public LocalDate to;
        public Integer minutesPerWeek;
        public BigDecimal percent;
        public String note;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateAllocationInput")
    @Description("Fields left null stay; giving minutesPerWeek clears percent and the other way round.")
    public static class UpdateAllocation {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
        public LocalDate from;
        public LocalDate to;
        public Integer minutesPerWeek;
        public BigDecimal percent;
        public String note;
    }

    @Input("DeleteAllocationInput")
    public static class DeleteAllocation {
        @NonNull
        public String workspace;
        @NonNull
        @Id
        public String id;
        public Integer expectedVersion;
    }
}

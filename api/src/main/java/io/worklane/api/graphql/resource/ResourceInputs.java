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
    @Description("Something a resource can do, with a level.")
    public static class Skill {
        @NonNull
        @Description("The skill's name (at most 50 characters), compared lower-cased, e.g. java.")
        public String name;
        @Description("1 to 5.")
        public int level;
    }

    @Input("WeekdayCapacityInput")
    @Description("A resource's working minutes on one weekday.")
    public static class WeekdayCapacity {
        @NonNull
        @Description("The weekday.")
        public ResourceTypes.Weekday day;
        @Description("0 to 1440.")
        public int minutes;
    }

    @Input("TimeOffInput")
    @Description("A period a resource is not available.")
    public static class TimeOff {
        @NonNull
        public LocalDate from;
        @Description("Inclusive; null: the same day.")
        public LocalDate to;
        @Description("Why, at most 200 characters.")
        public String reason;
    }

    @Input("CostRateInput")
    @Description("What an hour of the resource costs from a day on, until the next rate.")
    public static class CostRate {
        @NonNull
        public LocalDate from;
        @NonNull
        @Description("A decimal string with at most the currency's digits, e.g. \"80.00\".")
        public String amount;
        @NonNull
        @Description("ISO 4217 code, e.g. EUR.")
        public String currency;
    }

    @Input("CreateResourceInput")
    @Description("A resource; capacity null or empty: 480 minutes Monday to Friday.")
    public static class Create {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Description("PERSON, EQUIPMENT, ROOM or OTHER.")
        public ResourceTypes.Kind kind;
        @NonNull
        @Description("The resource's display name, at most 200 characters.")
        public String name;
        @Id
        @Description("The member (id) this PERSON is.")
        public String member;
        @Description("What the resource can do, with levels 1 to 5.")
        public List<@NonNull Skill> skills;
        @Description("Minutes per weekday (0 to 1440), weekdays left out being 0; null: 480 minutes Monday to Friday.")
        public List<@NonNull WeekdayCapacity> capacity;
        @Description("Days the resource is not available.")
        public List<@NonNull TimeOff> timeOff;
        @Description("What an hour of it costs from which day on (unit HOUR); shown back only to callers holding "
                + "budgets:read.")
        public List<@NonNull CostRate> costRates;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateResourceInput")
    @Description("Fields left null stay as they are; lists are replaced whole; clear MEMBER unlinks the member. A "
            + "change of costRates re-prices the resource's unlocked time entries.")
    public static class Update {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The resource's id.")
        public String id;
        @Description("Optional: the version your change is based on; if the resource changed since, the error "
                + "CONFLICT.")
        public Integer expectedVersion;
        @Description("The new kind; null: unchanged.")
        public ResourceTypes.Kind kind;
        @Description("The new name; null: unchanged.")
        public String name;
        @Id
        @Description("The member (id) this person is now; null: unchanged.")
        public String member;
        @Description("The skills, replacing the whole list; null: unchanged.")
        public List<@NonNull Skill> skills;
        @Description("The weekly capacity, replacing the whole list; null: unchanged.")
        public List<@NonNull WeekdayCapacity> capacity;
        @Description("The time off, replacing the whole list; null: unchanged.")
        public List<@NonNull TimeOff> timeOff;
        @Description("The cost rates, replacing the whole list; null: unchanged.")
        public List<@NonNull CostRate> costRates;
        @Description("Optional fields to remove (MEMBER).")
        public List<ResourceTypes.@NonNull ResourceField> clear;
    }

    @Input("DeleteResourceInput")
    @Description("Deletes a resource.")
    public static class Delete {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The resource's id.")
        public String id;
        @Description("Optional: act only if the resource is still at this version (its version field), else the error "
                + "CONFLICT.")
        public Integer expectedVersion;
    }

    @Input("CreateAllocationInput")
    @Description("A resource reserved for a project (key or id) or a work item of it, as minutesPerWeek or percent.")
    public static class CreateAllocation {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The resource's id.")
        public String resource;
        @Description("The project (key or id); may be left out when workItem is given.")
        public String project;
        @Description("A work item (key or id) of the project, to reserve the resource for that item only.")
        public String workItem;
        @NonNull
        public LocalDate from;
        @NonNull
        public LocalDate to;
        @Description("The time to reserve, 1 to 10080 minutes per week; give this or percent.")
        public Integer minutesPerWeek;
        @Description("The share of capacity to reserve: above 0, at most 100, two decimals; give this or "
                + "minutesPerWeek.")
        public BigDecimal percent;
        @Description("A free note, at most 2000 characters.")
        public String note;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateAllocationInput")
    @Description("Fields left null stay; giving minutesPerWeek clears percent and the other way round.")
    public static class UpdateAllocation {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The allocation's id.")
        public String id;
        @Description("Optional: the version your change is based on; if the allocation changed since, the error "
                + "CONFLICT.")
        public Integer expectedVersion;
        public LocalDate from;
        public LocalDate to;
        @Description("The new minutes per week; null: unchanged.")
        public Integer minutesPerWeek;
        @Description("The new share of capacity in percent; null: unchanged.")
        public BigDecimal percent;
        @Description("The new note; null: unchanged.")
        public String note;
    }

    @Input("DeleteAllocationInput")
    @Description("Deletes an allocation.")
    public static class DeleteAllocation {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @NonNull
        @Id
        @Description("The allocation's id.")
        public String id;
        @Description("Optional: act only if the allocation is still at this version (its version field), else the "
                + "error CONFLICT.")
        public Integer expectedVersion;
    }
}

package io.worklane.api.graphql.recurrence;

import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import jakarta.json.JsonObject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the recurring series' mutations. */
public final class RecurrenceInputs {
    private RecurrenceInputs() {
    }

    @Input("RecurrenceTemplateInput")
    @Description("A series' template. On create, title is required; on update, fields left null stay as they are.")
    public static class Template {
        @Description("1 to 500 characters; {date} becomes each occurrence's date.")
        public String title;
        @Description("Markdown.")
        public String description;
        @Description("TASK when not given.")
        public WorkItemType type;
        @Description("NONE when not given.")
        public Priority priority;
        @Description("Members each item is assigned to.")
        public List<@NonNull String> assigneeIds;
        @Description("Labels of each item.")
        public List<@NonNull String> labels;
        @Description("Custom field values by key, as on a work item.")
        public JsonObject customFields;
        @Description("Estimate in minutes.")
        public Long estimateMinutes;
        @Description("Each item is due this many days (0 to 366) after its occurrence's date.")
        public Integer dueInDays;
    }

    @Input("CreateRecurrenceInput")
    @Description("A series to start.")
    public static class CreateRecurrence {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id) the items are created in.")
        public String project;
        @NonNull
        @Description("What each item is created with (title required).")
        public Template template;
        @NonNull
        @Description("An RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO; at most hourly (INVALID_RECURRENCE).")
        public String rrule;
        @NonNull
        @Description("The local date-time the rule counts from, e.g. 2027-01-04T09:00:00.")
        public String dtstart;
        @NonNull
        @Description("An IANA time zone, e.g. Europe/Berlin.")
        public String timeZone;
        @Description("Makes a retried create return the first result instead of starting a second series.")
        public String idempotencyKey;
    }

    @Input("UpdateRecurrenceInput")
    @Description("Fields left null stay as they are; the next occurrence follows the new rule from now.")
    public static class UpdateRecurrence {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The series' id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("Template fields to change.")
        public Template template;
        @Description("A new RRULE value.")
        public String rrule;
        @Description("A new local start date-time.")
        public String dtstart;
        @Description("A new IANA time zone.")
        public String timeZone;
    }

    @Input("EndRecurrenceInput")
    @Description("A series to end; the items it created stay.")
    public static class EndRecurrence {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The series' id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}

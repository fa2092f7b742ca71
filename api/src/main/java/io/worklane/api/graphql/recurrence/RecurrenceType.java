package io.worklane.api.graphql.recurrence;

import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A recurring series as GraphQL shows it; its latest items are resolved in batches by {@link RecurrenceFields}. */
@Name("Recurrence")
@Description("A recurring series: a work item template and an RFC 5545 rule (REST: …/recurrences).")
public class RecurrenceType {
    @Ignore
    private final Recurrence recurrence;

    public RecurrenceType(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    @Ignore
    public Recurrence domain() {
        return recurrence;
    }

    @Id @NonNull
    @Description("The series' id.")
    public String getId() {
        return recurrence.id().toString();
    }

    @Id @NonNull
    @Description("The project its items are created in.")
    public String getProjectId() {
        return recurrence.projectId().toString();
    }

    @NonNull
    @Description("What each occurrence is created with.")
    public Template getTemplate() {
        return new Template(recurrence.template());
    }

    @NonNull
    @Description("The RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO.")
    public String getRrule() {
        return recurrence.rule().rrule();
    }

    @NonNull
    @Description("The local date-time (in timeZone) the rule counts from, e.g. 2027-01-04T09:00.")
    public String getDtstart() {
        return recurrence.rule().start().toString();
    }

    @NonNull
    @Description("The IANA time zone of dtstart and of every occurrence.")
    public String getTimeZone() {
        return recurrence.rule().timeZone().getId();
    }

    @NonNull
    @Description("ACTIVE, or ENDED (by hand, or by the rule's COUNT or UNTIL).")
    public RecurrenceStatus getStatus() {
        return RecurrenceStatus.valueOf(recurrence.status().name());
    }

    @Description("When the next item is created; null once ended.")
    public Instant getNextOccurrenceAt() {
        return recurrence.nextOccurrenceAt();
    }

    @Description("How many items the series has created.")
    public int getOccurrences() {
        return recurrence.occurrences();
    }

    @Description("The time of the latest occurrence created.")
    public Instant getLastOccurrenceAt() {
        return recurrence.lastOccurrenceAt();
    }

    @Description("Increases with every change; pass it as expectedVersion to update safely.")
    public int getVersion() {
        return (int) recurrence.version();
    }

    @NonNull
    @Description("When the series was started.")
    public Instant getCreatedAt() {
        return recurrence.createdAt();
    }

    @NonNull
    @Description("When the series was last changed.")
    public Instant getUpdatedAt() {
        return recurrence.updatedAt();
    }

    /** The template of a series. */
    @Name("RecurrenceTemplate")
    @Description("What each occurrence of a series is created with; {date} in the title becomes its date.")
    public static class Template {
        @Ignore
        private final RecurrenceTemplate t;

        Template(RecurrenceTemplate t) {
            this.t = t;
        }

        @NonNull
        @Description("The items' title.")
        public String getTitle() {
            return t.title();
        }

        @Description("The items' description (Markdown).")
        public String getDescription() {
            return t.description();
        }

        @Description("The items' type (TASK when null).")
        public WorkItemType getType() {
            return t.type();
        }

        @Description("The items' priority (NONE when null).")
        public Priority getPriority() {
            return t.priority();
        }

        @NonNull
        @Description("The members each item is assigned to.")
        public List<@NonNull String> getAssigneeIds() {
            return t.assigneeIds().stream().map(Object::toString).toList();
        }

        @NonNull
        @Description("The items' labels.")
        public List<@NonNull String> getLabels() {
            return t.labels();
        }

        @NonNull
        @Description("The items' custom field values by key.")
        public JsonObject getCustomFields() {
            return JsonValues.toJson(t.customFields());
        }

        @Description("The items' estimate in minutes.")
        public Long getEstimateMinutes() {
            return t.estimateMinutes();
        }

        @Description("Each item is due this many days after its occurrence's date (no due date when null).")
        public Integer getDueInDays() {
            return t.dueInDays();
        }
    }
}

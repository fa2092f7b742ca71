package io.worklane.api.graphql.activity;

import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.workitem.Actor;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One change to a work item: which field, its value before and after, who changed it and when.")
public class ActivityEntry {
    private final io.worklane.domain.activity.ActivityEntry entry;

    ActivityEntry(io.worklane.domain.activity.ActivityEntry entry) {
        this.entry = entry;
    }

    @Id
    @NonNull
    @Description("The activity entry's id (a UUID).")
    public String getId() {
        return entry.id().toString();
    }

    @NonNull
    @Description("title, description, status, priority, type, assignees, reporter, parent, startDate, dueDate, "
            + "estimateMinutes, labels, customFields.<key>, key (a move to another project); or created and deleted "
            + "for the whole item.")
    public String getField() {
        return entry.field();
    }

    @Description("The value before the change, as the work item shows it (ids as strings, dates as YYYY-MM-DD); "
            + "the whole item for deleted. Null when the field had no value, and for created.")
    public JsonValue getBefore() {
        return JsonValues.toJsonValue(entry.before());
    }

    @Description("The value after the change; the whole item for created. Null when the change cleared the "
            + "field, and for deleted.")
    public JsonValue getAfter() {
        return JsonValues.toJsonValue(entry.after());
    }

    @NonNull
    @Description("Who made the change.")
    public Actor getActor() {
        return Actor.of(entry.actor());
    }

    @NonNull
    public OffsetDateTime getOccurredAt() {
        return entry.occurredAt().atOffset(ZoneOffset.UTC);
    }
}

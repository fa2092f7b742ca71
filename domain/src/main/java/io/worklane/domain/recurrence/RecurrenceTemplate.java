package io.worklane.domain.recurrence;

import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What each occurrence is created with: the fields of a new work item (checked by the work item creation itself
 * when it fires, and by a dry check on save), plus {@code dueInDays}: the occurrence's due date is its date plus
 * that many days (none when null). {@code {date}} in the title becomes the occurrence's date (ISO, 2027-01-04).
 */
public record RecurrenceTemplate(String title, String description, WorkItemType type, Priority priority,
                                 List<UUID> assigneeIds, List<String> labels, Map<String, Object> customFields,
                                 Long estimateMinutes, Integer dueInDays) {
    public static final String DATE_PLACEHOLDER = "{date}";
    public static final int MAX_DUE_IN_DAYS = 366;

    public RecurrenceTemplate {
        assigneeIds = assigneeIds == null ? List.of() : List.copyOf(assigneeIds);
        labels = labels == null ? List.of() : List.copyOf(labels);
        customFields = customFields == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customFields));
    }

    void check(Validation v) {
        v.text(title, "template.title", 1, 500);
        v.require(dueInDays == null || (dueInDays >= 0 && dueInDays <= MAX_DUE_IN_DAYS), "template.dueInDays",
                "OUT_OF_RANGE", "must be between 0 and " + MAX_DUE_IN_DAYS + " (days after the occurrence's date)");
        v.require(estimateMinutes == null || estimateMinutes >= 0, "template.estimateMinutes", "OUT_OF_RANGE",
                "must not be negative");
    }

    /** The title of the occurrence on {@code date}. */
    public String titleOn(LocalDate date) {
        return title.replace(DATE_PLACEHOLDER, date.toString());
    }

    /** The due date of the occurrence on {@code date}, if the template sets one. */
    public LocalDate dueOn(LocalDate date) {
        return dueInDays == null ? null : date.plusDays(dueInDays);
    }
}

package io.worklane.domain;

import io.worklane.domain.workitem.NewWorkItem;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the request to create a work item; only the title is set unless a test says otherwise.
 * Assignees default to an empty list, as the REST API sends them; a null list (what GraphQL sends
 * when {@code assignees} is omitted) is covered by its own test.
 */
public final class NewWorkItemBuilder {
    private WorkItemType type;
    private String title = "Write the domain tests";
    private String description;
    private String status;
    private Priority priority;
    private List<UUID> assigneeIds = new ArrayList<>();
    private UUID reporterId;
    private UUID parentId;
    private LocalDate startDate;
    private LocalDate dueDate;
    private Long estimateMinutes;
    private List<String> labels;
    private Map<String, Object> customFields;

    NewWorkItemBuilder() {
    }

    public NewWorkItemBuilder type(WorkItemType value) {
        type = value;
        return this;
    }

    public NewWorkItemBuilder titled(String value) {
        title = value;
        return this;
    }

    public NewWorkItemBuilder description(String value) {
        description = value;
        return this;
    }

    public NewWorkItemBuilder status(String value) {
        status = value;
        return this;
    }

    public NewWorkItemBuilder priority(Priority value) {
        priority = value;
        return this;
    }

    /** Keeps null entries as they are, as a careless client could send them. */
    public NewWorkItemBuilder assignedTo(UUID... ids) {
        assigneeIds = Arrays.asList(ids);
        return this;
    }

    public NewWorkItemBuilder assignedTo(List<UUID> ids) {
        assigneeIds = ids;
        return this;
    }

    public NewWorkItemBuilder reportedBy(UUID value) {
        reporterId = value;
        return this;
    }

    public NewWorkItemBuilder parent(UUID value) {
        parentId = value;
        return this;
    }

    public NewWorkItemBuilder starting(LocalDate value) {
        startDate = value;
        return this;
    }

    public NewWorkItemBuilder due(LocalDate value) {
        dueDate = value;
        return this;
    }

    public NewWorkItemBuilder estimateMinutes(Long value) {
        estimateMinutes = value;
        return this;
    }

    /** Keeps null entries as they are, as a careless client could send them. */
    public NewWorkItemBuilder labels(String... values) {
        labels = Arrays.asList(values);
        return this;
    }

    public NewWorkItemBuilder labels(List<String> values) {
        labels = values;
        return this;
    }

    public NewWorkItemBuilder customField(String key, Object value) {
        if (customFields == null) {
            customFields = new LinkedHashMap<>();
        }
        customFields.put(key, value);
        return this;
    }

    public NewWorkItem build() {
        return new NewWorkItem(type, title, description, status, priority, assigneeIds, reporterId, parentId,
                startDate, dueDate, estimateMinutes, labels, customFields);
    }
}

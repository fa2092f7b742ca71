package io.worklane.domain;

import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemChanges;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a partial update of a work item (JSON Merge Patch): a field not mentioned stays absent,
 * a field given null is cleared.
 */
public final class WorkItemChangesBuilder {
    private Change<WorkItemType> type = Change.absent();
    private Change<String> title = Change.absent();
    private Change<String> description = Change.absent();
    private Change<String> status = Change.absent();
    private Change<Priority> priority = Change.absent();
    private Change<List<UUID>> assigneeIds = Change.absent();
    private Change<UUID> reporterId = Change.absent();
    private Change<UUID> parentId = Change.absent();
    private Change<LocalDate> startDate = Change.absent();
    private Change<LocalDate> dueDate = Change.absent();
    private Change<Long> estimateMinutes = Change.absent();
    private Change<List<String>> labels = Change.absent();
    private Change<Map<String, Object>> customFields = Change.absent();

    WorkItemChangesBuilder() {
    }

    public WorkItemChangesBuilder type(WorkItemType value) {
        type = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder title(String value) {
        title = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder description(String value) {
        description = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder status(String value) {
        status = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder priority(Priority value) {
        priority = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder assignees(List<UUID> value) {
        assigneeIds = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder assignees(UUID... value) {
        return assignees(Arrays.asList(value));
    }

    public WorkItemChangesBuilder reporter(UUID value) {
        reporterId = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder parent(UUID value) {
        parentId = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder startDate(LocalDate value) {
        startDate = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder dueDate(LocalDate value) {
        dueDate = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder estimateMinutes(Long value) {
        estimateMinutes = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder labels(List<String> value) {
        labels = Change.to(value);
        return this;
    }

    public WorkItemChangesBuilder customFields(Map<String, Object> value) {
        customFields = Change.to(value);
        return this;
    }

    public WorkItemChanges build() {
        return new WorkItemChanges(type, title, description, status, priority, assigneeIds, reporterId, parentId,
                startDate, dueDate, estimateMinutes, labels, customFields);
    }
}

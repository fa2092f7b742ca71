package io.worklane.domain.workitem;

import io.worklane.domain.project.Project;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One unit of work. Its key is its project's key and a number the project hands out without gaps. */
public record WorkItem(UUID id, UUID workspaceId, UUID projectId, String projectKey, long number, WorkItemType type,
                       String title, String description, String status, Priority priority, List<UUID> assigneeIds,
                       UUID reporterId, UUID parentId, LocalDate startDate, LocalDate dueDate, Long estimateMinutes,
                       List<String> labels, Map<String, Object> customFields, long version, Instant createdAt,
                       Instant updatedAt, Instant completedAt, UUID phaseId, LocalDate startNoEarlierThan,
                       LocalDate finishNoLaterThan, UUID teamId) {

    /** An item no team is responsible for (the fields before teams, ADR 0070). */
    public WorkItem(UUID id, UUID workspaceId, UUID projectId, String projectKey, long number, WorkItemType type,
                    String title, String description, String status, Priority priority, List<UUID> assigneeIds,
                    UUID reporterId, UUID parentId, LocalDate startDate, LocalDate dueDate, Long estimateMinutes,
                    List<String> labels, Map<String, Object> customFields, long version, Instant createdAt,
                    Instant updatedAt, Instant completedAt, UUID phaseId, LocalDate startNoEarlierThan,
                    LocalDate finishNoLaterThan) {
        this(id, workspaceId, projectId, projectKey, number, type, title, description, status, priority, assigneeIds,
                reporterId, parentId, startDate, dueDate, estimateMinutes, labels, customFields, version, createdAt,
                updatedAt, completedAt, phaseId, startNoEarlierThan, finishNoLaterThan, null);
    }

    public String key() {
        return projectKey + "-" + number;
    }

    /** A work item in the default workflow (tests and fixtures); the application passes the real one. */
    public static WorkItem create(Project project, long number, NewWorkItem n, Instant now) {
        return create(project, number, n, WorkItemStatus.DEFAULT, now);
    }

    /**
     * A new work item in its workflow's initial state, or in the state given (creating is not a move:
     * an import may start items anywhere in their workflow, but never outside it).
     */
    public static WorkItem create(Project project, long number, NewWorkItem n, StatePolicy states, Instant now) {
        project.ensureOpenForNewWork();
        String status = n.status() == null ? states.initialState() : n.status();
        WorkItem draft = new WorkItem(Ids.newId(), project.workspaceId(), project.id(), project.key(), number,
                n.type() == null ? WorkItemType.TASK : n.type(), trim(n.title()), n.description(), status,
                n.priority() == null ? Priority.NONE : n.priority(), listOf(n.assigneeIds()), n.reporterId(),
                n.parentId(), n.startDate(), n.dueDate(), n.estimateMinutes(), labelsOf(n.labels()),
                n.customFields() == null ? Map.of() : n.customFields(), 0, now, now,
                states.isDoneState(status) ? now : null, n.phaseId(), n.startNoEarlierThan(), n.finishNoLaterThan(),
                n.teamId());
        WorkItemRules.validate(draft, states);
        return draft;
    }

    /**
     * The item in another state, as an allowed transition of its workflow puts it (the workflow has
     * checked the move and its guards). Entering a done state records when; leaving it clears that.
     */
    public WorkItem moveTo(String state, StatePolicy states, Instant now) {
        Instant completed = states.isDoneState(state) ? (completedAt == null ? now : completedAt) : null;
        WorkItem moved = new WorkItem(id, workspaceId, projectId, projectKey, number, type, title, description, state,
                priority, assigneeIds, reporterId, parentId, startDate, dueDate, estimateMinutes, labels, customFields,
                version, createdAt, now, completed, phaseId, startNoEarlierThan, finishNoLaterThan, teamId);
        WorkItemRules.validate(moved, states);
        return moved;
    }

    /**
     * The item in another project (ADR 0082): the target's key and a new number, a state of the target's
     * workflow, the custom values it keeps; the source project's phase no longer applies. Entering a done state
     * records when, leaving one clears it, as a transition does.
     */
    public WorkItem relocated(Project target, long newNumber, String state, StatePolicy states,
                              Map<String, Object> values, Instant now) {
        Instant completed = states.isDoneState(state) ? (completedAt == null ? now : completedAt) : null;
        WorkItem moved = new WorkItem(id, workspaceId, target.id(), target.key(), newNumber, type, title, description,
                state, priority, assigneeIds, reporterId, parentId, startDate, dueDate, estimateMinutes, labels, values,
                version, createdAt, now, completed, null, startNoEarlierThan, finishNoLaterThan, teamId);
        WorkItemRules.validate(moved, states);
        return moved;
    }

    /** The item after a change kept beside its fields (its rank, ADR 0052): a new version, updated now. */
    public WorkItem touched(long newVersion, Instant now) {
        return new WorkItem(id, workspaceId, projectId, projectKey, number, type, title, description, status, priority,
                assigneeIds, reporterId, parentId, startDate, dueDate, estimateMinutes, labels, customFields, newVersion,
                createdAt, now, completedAt, phaseId, startNoEarlierThan, finishNoLaterThan, teamId);
    }

    /** The same item under another parent (a template's items get their ids before their parents are set). */
    public WorkItem withParent(UUID parent) {
        return new WorkItem(id, workspaceId, projectId, projectKey, number, type, title, description, status, priority,
                assigneeIds, reporterId, parent, startDate, dueDate, estimateMinutes, labels, customFields, version,
                createdAt, updatedAt, completedAt, phaseId, startNoEarlierThan, finishNoLaterThan, teamId);
    }

    /** Edits fields; the status is not one of them: it changes only through a transition. */
    public WorkItem change(WorkItemChanges c, Instant now) {
        if (c.status().present() && !Objects.equals(c.status().value(), status)) {
            throw new DomainException(ErrorCode.STATUS_CHANGE_NEEDS_TRANSITION, "The status of " + key()
                    + " changes only through its workflow: POST …/work-items/" + key() + "/transitions {\"to\":\""
                    + c.status().value() + "\"}. GET …/work-items/" + key() + "/transitions lists the moves it may make.");
        }
        WorkItem changed = new WorkItem(id, workspaceId, projectId, projectKey, number, c.type().or(type),
                c.title().present() ? trim(c.title().value()) : title, c.description().or(description), status,
                c.priority().or(priority), c.assigneeIds().present() ? listOf(c.assigneeIds().value()) : assigneeIds,
                c.reporterId().or(reporterId), c.parentId().or(parentId), c.startDate().or(startDate),
                c.dueDate().or(dueDate), c.estimateMinutes().or(estimateMinutes),
                c.labels().present() ? labelsOf(c.labels().value()) : labels,
                c.customFields().present() && c.customFields().value() != null ? c.customFields().value()
                        : c.customFields().present() ? Map.of() : customFields,
                version, createdAt, now, completedAt, c.phaseId().or(phaseId),
                c.startNoEarlierThan().or(startNoEarlierThan), c.finishNoLaterThan().or(finishNoLaterThan),
                c.teamId().or(teamId));
        WorkItemRules.validate(changed, null);
        return changed;
    }

    /** The item moved to other dates (a schedule applied): everything else stays. */
    public WorkItem withDates(LocalDate start, LocalDate due, Instant now) {
        WorkItem moved = new WorkItem(id, workspaceId, projectId, projectKey, number, type, title, description, status,
                priority, assigneeIds, reporterId, parentId, start, due, estimateMinutes, labels, customFields, version,
                createdAt, now, completedAt, phaseId, startNoEarlierThan, finishNoLaterThan, teamId);
        WorkItemRules.validate(moved, null);
        return moved;
    }

    /** Whether the item is a milestone: a point in time, with a date and no duration. */
    public boolean isMilestone() {
        return type == WorkItemType.MILESTONE;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    /** A copy that tolerates null entries, so validation can name them instead of failing. */
    private static <T> List<T> listOf(List<T> list) {
        return list == null ? java.util.Collections.emptyList()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    private static List<String> labelsOf(List<String> labels) {
        return labels == null ? java.util.Collections.emptyList()
                : labels.stream().map(l -> l == null ? null : l.strip()).toList();
    }
}

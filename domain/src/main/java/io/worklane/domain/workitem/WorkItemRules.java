package io.worklane.domain.workitem;

import io.worklane.domain.shared.Validation;
import java.util.HashSet;

/** The field rules every work item satisfies, checked on create and on every change. */
final class WorkItemRules {
    static final int MAX_ASSIGNEES = 20;
    static final int MAX_LABELS = 20;
    static final long MAX_ESTIMATE = 10_000_000L;

    private WorkItemRules() {
    }

    /** {@code states} null when the status is not being set (an edit keeps it as it is). */
    static void validate(WorkItem w, StatePolicy states) {
        Validation v = new Validation()
                .text(w.title(), "title", 1, 500)
                .text(w.description(), "description", 0, 100_000)
                .require(w.type() != null, "type", "REQUIRED", "must not be null")
                .require(w.priority() != null, "priority", "REQUIRED", "must not be null")
                .require(w.status() != null && (states == null || states.hasState(w.status())), "status",
                        "UNKNOWN_STATUS", "must be a state of the item's workflow: "
                                + (states == null ? "" : String.join(", ", states.stateKeys())))
                .require(w.assigneeIds().size() <= MAX_ASSIGNEES, "assigneeIds", "TOO_MANY",
                        "at most " + MAX_ASSIGNEES + " assignees")
                .require(!w.assigneeIds().contains(null), "assigneeIds", "INVALID_VALUE", "must not contain null")
                .require(new HashSet<>(w.assigneeIds()).size() == w.assigneeIds().size(), "assigneeIds",
                        "DUPLICATE", "must not repeat a member")
                .require(w.labels().size() <= MAX_LABELS, "labels", "TOO_MANY", "at most " + MAX_LABELS + " labels")
                .require(new HashSet<>(w.labels()).size() == w.labels().size(), "labels", "DUPLICATE",
                        "must not repeat a label")
                .require(w.estimateMinutes() == null || (w.estimateMinutes() >= 0 && w.estimateMinutes() <= MAX_ESTIMATE),
                        "estimateMinutes", "OUT_OF_RANGE", "must be between 0 and " + MAX_ESTIMATE)
                .require(w.startDate() == null || w.dueDate() == null || !w.dueDate().isBefore(w.startDate()),
                        "dueDate", "BEFORE_START", "must not be before startDate")
                .require(w.parentId() == null || !w.parentId().equals(w.id()), "parent", "PARENT_CYCLE",
                        "a work item cannot be its own parent")
                .require(w.startNoEarlierThan() == null || w.finishNoLaterThan() == null
                                || !w.finishNoLaterThan().isBefore(w.startNoEarlierThan()), "finishNoLaterThan",
                        "BEFORE_START", "must not be before startNoEarlierThan")
                .require(!w.isMilestone() || w.startDate() == null || w.dueDate() == null
                                || w.startDate().equals(w.dueDate()), "dueDate", "MILESTONE_HAS_NO_DURATION",
                        "a milestone is a point in time: give it one date (dueDate), or the same start and due date");
        for (int i = 0; i < w.labels().size(); i++) {
            v.text(w.labels().get(i), "labels[" + i + "]", 1, 50);
        }
        v.orThrow();
    }
}

package io.worklane.domain.workitem;

import java.util.List;

/**
 * The states a work item may be in until workflows arrive: every project shares the default
 * workflow todo → in_progress → done. Kept in one place so the workflow engine replaces it cleanly.
 */
public final class WorkItemStatus {
    public static final String TODO = "todo";
    public static final String IN_PROGRESS = "in_progress";
    public static final String DONE = "done";
    public static final List<String> DEFAULT_STATES = List.of(TODO, IN_PROGRESS, DONE);

    private WorkItemStatus() {
    }

    public static boolean isKnown(String status) {
        return DEFAULT_STATES.contains(status);
    }

    public static boolean isDone(String status) {
        return DONE.equals(status);
    }
}

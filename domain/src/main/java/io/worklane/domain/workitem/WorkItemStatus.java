package io.worklane.domain.workitem;

import java.util.List;

/**
 * The states of the default workflow, which every project has until it chooses another: todo,
 * in_progress, done and cancelled, with every move between them allowed (see WorkflowTemplates).
 */
public final class WorkItemStatus {
    public static final String TODO = "todo";
    public static final String IN_PROGRESS = "in_progress";
    public static final String DONE = "done";
    public static final String CANCELLED = "cancelled";
    public static final List<String> DEFAULT_STATES = List.of(TODO, IN_PROGRESS, DONE, CANCELLED);

    /** The default workflow's states, for code that has no workflow at hand (tests, fixtures). */
    public static final StatePolicy DEFAULT = new StatePolicy() {
        @Override
        public String initialState() {
            return TODO;
        }

        @Override
        public List<String> stateKeys() {
            return DEFAULT_STATES;
        }

        @Override
        public boolean isDoneState(String state) {
            return DONE.equals(state);
        }
    };

    private WorkItemStatus() {
    }
}

package io.worklane.domain.workflow;

/** What a workflow state means, whatever its name: boards, reports and guards reason in categories. */
public enum StateCategory {
    TODO, IN_PROGRESS, DONE, CANCELLED;

    /** DONE and CANCELLED are both finished: nothing more will happen to the item. */
    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}

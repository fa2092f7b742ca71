package io.worklane.domain.workflow;

/** One state of a workflow. The key is what work items store, so it never changes meaning. */
public record WorkflowState(String key, String name, StateCategory category) {
}

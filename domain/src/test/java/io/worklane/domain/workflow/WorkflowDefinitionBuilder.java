package io.worklane.domain.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a workflow definition, valid unless a test says otherwise. It starts as
 * {@code states[0]} todo, {@code states[1]} in_progress, {@code states[2]} done, initial todo,
 * {@code transitions[0]} todo → in_progress and {@code transitions[1]} in_progress → done;
 * what a test adds comes after, so the indices in expected field paths are easy to work out.
 */
public final class WorkflowDefinitionBuilder {
    private String name = "Delivery";
    private String description;
    private final List<WorkflowState> states = new ArrayList<>(List.of(
            new WorkflowState("todo", "To do", StateCategory.TODO),
            new WorkflowState("in_progress", "In progress", StateCategory.IN_PROGRESS),
            new WorkflowState("done", "Done", StateCategory.DONE)));
    private String initialState = "todo";
    private final List<Transition> transitions = new ArrayList<>(List.of(
            Transition.of("todo", "in_progress", "Start"),
            Transition.of("in_progress", "done", "Complete")));

    public WorkflowDefinitionBuilder named(String value) {
        name = value;
        return this;
    }

    public WorkflowDefinitionBuilder description(String value) {
        description = value;
        return this;
    }

    public WorkflowDefinitionBuilder state(String key, String stateName, StateCategory category) {
        states.add(new WorkflowState(key, stateName, category));
        return this;
    }

    /** Adds a state, or a null entry as a careless client could send. */
    public WorkflowDefinitionBuilder state(WorkflowState state) {
        states.add(state);
        return this;
    }

    public WorkflowDefinitionBuilder noStates() {
        states.clear();
        return this;
    }

    public WorkflowDefinitionBuilder noTransitions() {
        transitions.clear();
        return this;
    }

    public WorkflowDefinitionBuilder initial(String key) {
        initialState = key;
        return this;
    }

    public WorkflowDefinitionBuilder transition(String from, String to, String transitionName, Guard... guards) {
        transitions.add(new Transition(from, to, transitionName, Arrays.asList(guards)));
        return this;
    }

    /** Adds a transition guarded as given; the guards may include null. */
    public WorkflowDefinitionBuilder guarded(String from, String to, Guard... guards) {
        return transition(from, to, "Guarded", guards);
    }

    public WorkflowDefinition build() {
        return new WorkflowDefinition(name, description, states, initialState, transitions);
    }
}

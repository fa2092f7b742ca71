package io.worklane.domain.workflow;

import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.worklane.domain.workitem.StatePolicy;
import java.util.stream.Collectors;

/**
 * A state machine for work items, defined per workspace. The version is for optimistic locking:
 * it starts at 0 and persistence bumps it, so {@link #revise} leaves it as it is.
 */
public record Workflow(UUID id, UUID workspaceId, String name, String description, List<WorkflowState> states,
                       String initialState, List<Transition> transitions, long version, Instant createdAt,
                       Instant updatedAt) {

    public Workflow {
        states = List.copyOf(states);
        transitions = List.copyOf(transitions);
    }

    /** @throws io.worklane.domain.shared.DomainException VALIDATION_FAILED naming every problem of the definition */
    public static Workflow create(UUID workspaceId, WorkflowDefinition definition, Instant now) {
        definition.validate();
        return new Workflow(Ids.newId(), workspaceId, definition.name(), definition.description(),
                definition.states(), definition.initialState(), definition.transitions(), 0, now, now);
    }

    /**
     * A new definition for this workflow, with the moves that keep every work item in a state it has.
     *
     * @param itemsPerState how many work items of this workflow are in each state now
     * @see WorkflowRevision
     */
    public WorkflowRevision revise(WorkflowDefinition next, StateMapping mapping, Map<String, Long> itemsPerState,
                                   Instant now) {
        return WorkflowRevision.of(this, next, mapping, itemsPerState, now);
    }

    public WorkflowDefinition definition() {
        return new WorkflowDefinition(name, description, states, initialState, transitions);
    }

    public Optional<WorkflowState> state(String key) {
        return states.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public boolean hasState(String key) {
        return state(key).isPresent();
    }

    /** This workflow as far as a work item needs it: initial state, states, which are done. */
    public StatePolicy statePolicy() {
        return new StatePolicy() {
            @Override
            public String initialState() {
                return initialState;
            }

            @Override
            public List<String> stateKeys() {
                return states.stream().map(WorkflowState::key).toList();
            }

            @Override
            public boolean isDoneState(String state) {
                return state(state).map(s -> s.category() == StateCategory.DONE).orElse(false);
            }
        };
    }

    public Set<String> stateKeys() {
        return states.stream().map(WorkflowState::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The teams its TEAM guards name, in the order they are first named. */
    public Set<UUID> teamIds() {
        return transitions.stream().flatMap(t -> t.guards().stream()).filter(TeamGuard.class::isInstance)
                .flatMap(g -> ((TeamGuard) g).teams().stream()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The transitions out of {@code from}, in definition order; an explicit one hides a "*" one to the same state. */
    public List<Transition> outgoing(String from) {
        Set<String> explicitTargets = transitions.stream().filter(t -> !t.fromAnyState() && t.leaves(from))
                .map(Transition::to).collect(Collectors.toSet());
        return transitions.stream().filter(t -> t.leaves(from))
                .filter(t -> !t.fromAnyState() || !explicitTargets.contains(t.to())).toList();
    }

    /** Whether an item in {@code from} may move to {@code to}: no such transition, or every guard's answer. */
    public TransitionCheck check(String from, String to, GuardContext context) {
        List<Transition> out = outgoing(from);
        return out.stream().filter(t -> t.to().equals(to)).findFirst()
                .<TransitionCheck>map(t -> evaluate(from, t, context))
                .orElseGet(() -> new TransitionCheck.NoTransition(from, to, out.stream().map(Transition::to).toList()));
    }

    /** One evaluated check per transition out of {@code from}, allowed or not, for clients to offer. */
    public List<TransitionCheck.Evaluated> availableTransitions(String from, GuardContext context) {
        return outgoing(from).stream().map(t -> evaluate(from, t, context)).toList();
    }

    private TransitionCheck.Evaluated evaluate(String from, Transition t, GuardContext context) {
        GuardContext towards = context.towards(state(t.to()).map(WorkflowState::category).orElse(null));
        return new TransitionCheck.Evaluated(from, t, t.guards().stream().map(g -> g.evaluate(towards)).toList());
    }
}

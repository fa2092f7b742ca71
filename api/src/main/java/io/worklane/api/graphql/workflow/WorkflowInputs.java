package io.worklane.api.graphql.workflow;

import io.worklane.domain.workflow.Guard;
import io.worklane.domain.workflow.GuardType;
import io.worklane.domain.workflow.RequiredFieldsGuard;
import io.worklane.domain.workflow.RolesGuard;
import io.worklane.domain.workflow.TeamGuard;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.Transition;
import io.worklane.domain.workflow.WorkflowState;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Input shapes of workflow definitions, and their mapping to the domain (nulls pass, so the domain names them). */
final class WorkflowInputs {
    private WorkflowInputs() {
    }

    @Input("WorkflowStateInput")
    public static class StateInput {
        @NonNull
        public String key;
        @NonNull
        public String name;
        @NonNull
        public StateCategory category;
    }

    @Input("GuardInput")
    @Description("REQUIRED_FIELDS takes fields, ROLES roles, CONDITION filter, TEAM teams; the others nothing.")
    public static class GuardInput {
        @NonNull
        public GuardType type;
        public List<@NonNull String> fields;
        public List<@NonNull String> roles;
        public String filter;
        @Description("TEAM: team ids; only members of one of these teams may make the move.")
        @Id
        public List<@NonNull String> teams;
    }

    @Input("WorkflowTransitionInput")
    public static class TransitionInput {
        @NonNull
        @Description("A state key, or \"*\" for every state but `to`.")
        public String from;
        @NonNull
        public String to;
        @NonNull
        public String name;
        public List<@NonNull GuardInput> guards;
    }

    @Input("StateMoveInput")
    @Description("Items in state `from` (which the change removes) go to state `to` of the new definition.")
    public static class StateMove {
        @NonNull
        public String from;
        @NonNull
        public String to;
    }

    static List<WorkflowState> states(List<StateInput> in) {
        return in == null ? null : in.stream().map(s -> new WorkflowState(s.key, s.name, s.category)).toList();
    }

    static List<Transition> transitions(List<TransitionInput> in) {
        return in == null ? null : in.stream().map(t -> new Transition(t.from, t.to, t.name,
                t.guards == null ? List.of() : t.guards.stream().map(WorkflowInputs::guard).toList())).toList();
    }

    private static Guard guard(GuardInput g) {
        return switch (g.type) {
            case REQUIRED_FIELDS -> new RequiredFieldsGuard(g.fields);
            case ROLES -> new RolesGuard(g.roles);
            case APPROVAL -> Guard.approval();
            case CHILDREN_DONE -> Guard.childrenDone();
            case PREDECESSORS_DONE -> Guard.predecessorsDone();
            case CONDITION -> Guard.condition(g.filter);
            case TEAM -> new TeamGuard(g.teams == null ? null : g.teams.stream().map(Ids::parseOrNull).toList());
        };
    }
}

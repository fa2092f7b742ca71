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
    @Description("A state of a workflow definition.")
    public static class StateInput {
        @NonNull
        @Description("A lower_snake key, unique in the workflow, e.g. in_review.")
        public String key;
        @NonNull
        @Description("The display name, e.g. In review.")
        public String name;
        @NonNull
        @Description("What the state means: TODO, IN_PROGRESS, DONE or CANCELLED.")
        public StateCategory category;
    }

    @Input("GuardInput")
    @Description("REQUIRED_FIELDS takes fields, ROLES roles, CONDITION filter, TEAM teams; the others nothing.")
    public static class GuardInput {
        @NonNull
        @Description("What the guard checks; says which other field it needs.")
        public GuardType type;
        @Description("REQUIRED_FIELDS: the fields that must have a value (title, description, priority, assignees, "
                + "reporter, parent, startDate, dueDate, estimateMinutes, labels, customFields.<key>).")
        public List<@NonNull String> fields;
        @Description("ROLES: the member roles that may make the move, e.g. ADMIN.")
        public List<@NonNull String> roles;
        @Description("CONDITION: a filter expression the item must match, e.g. priority IN (HIGH, URGENT) AND dueDate "
                + "< today+7d.")
        public String filter;
        @Description("TEAM: team ids; only members of one of these teams may make the move.")
        @Id
        public List<@NonNull String> teams;
    }

    @Input("WorkflowTransitionInput")
    @Description("An allowed move of a workflow definition.")
    public static class TransitionInput {
        @NonNull
        @Description("A state key, or \"*\" for every state but `to`.")
        public String from;
        @NonNull
        @Description("The key of the state the move ends in.")
        public String to;
        @NonNull
        @Description("The display name, e.g. Request review.")
        public String name;
        @Description("The conditions the move must pass; null or empty: always allowed.")
        public List<@NonNull GuardInput> guards;
    }

    @Input("StateMoveInput")
    @Description("Items in state `from` (which the change removes) go to state `to` of the new definition.")
    public static class StateMove {
        @NonNull
        @Description("The key of a state the change removes.")
        public String from;
        @NonNull
        @Description("The key of a state of the new definition its items move to.")
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

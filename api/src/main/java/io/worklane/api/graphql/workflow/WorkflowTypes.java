package io.worklane.api.graphql.workflow;

import io.worklane.domain.workflow.ConditionGuard;
import io.worklane.domain.workflow.GuardType;
import io.worklane.domain.workflow.RequiredFieldsGuard;
import io.worklane.domain.workflow.RolesGuard;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.TeamGuard;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The value types of workflows as GraphQL shows them, built from the domain records. */
final class WorkflowTypes {
    private WorkflowTypes() {
    }

    @Type("WorkflowState")
    @Description("A state of a workflow; its key is what work items store as their status.")
    public record State(@Description("The state's lower_snake key, unique in the workflow: what "
                                + "WorkItem.status holds.")
                        @NonNull String key,
                        @Description("The state's display name, e.g. In progress.") @NonNull String name,
                        @Description("What the state means (TODO, IN_PROGRESS, DONE, CANCELLED), "
                                + "whatever its name.")
                        @NonNull StateCategory category) {
        static List<State> of(List<io.worklane.domain.workflow.WorkflowState> states) {
            return states.stream().map(s -> new State(s.key(), s.name(), s.category())).toList();
        }
    }

    @Type("Guard")
    @Description("A condition of a transition: its type and, by type, fields, roles, filter or teams.")
    public record Guard(@Description("What the guard checks.") @NonNull GuardType type,
                        @Description("REQUIRED_FIELDS: the fields that must have a value (title, "
                                + "description, priority, assignees, reporter, parent, startDate, "
                                + "dueDate, estimateMinutes, labels, customFields.<key>); null for "
                                + "other types.")
                        List<@NonNull String> fields,
                        @Description("ROLES: the member roles that may make the move; null for other "
                                + "types.")
                        List<@NonNull String> roles,
                        @Description("CONDITION: a filter expression the item must match, e.g. priority "
                                + "IN (HIGH, URGENT); null for other types.")
                        String filter,
                        @Description("TEAM: the ids of the teams whose members may make the move.")
                        @Id List<@NonNull String> teams) {
        static Guard of(io.worklane.domain.workflow.Guard g) {
            return new Guard(g.type(), g instanceof RequiredFieldsGuard r ? r.fields() : null,
                    g instanceof RolesGuard r ? r.roles() : null, g instanceof ConditionGuard c ? c.filter() : null,
                    g instanceof TeamGuard t ? t.teams().stream().map(String::valueOf).toList() : null);
        }
    }

    @Type("WorkflowTransition")
    @Description("An allowed move; from \"*\" leaves every state but its target.")
    public record Transition(@Description("The state key the move starts from, or \"*\" for every state "
                                     + "but to.")
                             @NonNull String from,
                             @Description("The state key the move ends in.") @NonNull String to,
                             @Description("The transition's display name, e.g. Request review.") @NonNull String name,
                             @Description("The conditions the move must pass; empty: always allowed.")
                             @NonNull List<@NonNull Guard> guards) {
        static List<Transition> of(List<io.worklane.domain.workflow.Transition> transitions) {
            return transitions.stream().map(t -> new Transition(t.from(), t.to(), t.name(),
                    t.guards().stream().map(Guard::of).toList())).toList();
        }
    }

    @Type("GuardResult")
    @Description("What one guard says now: passed or not, and why.")
    public record Result(@Description("The guard checked.") @NonNull GuardType type,
                         @Description("Whether the guard lets the move through now.") boolean passed,
                         @Description("Why, in words a person understands, e.g. Fill in dueDate and "
                                 + "assignees first.")
                         @NonNull String reason) {
        static List<Result> of(List<io.worklane.domain.workflow.GuardResult> results) {
            return results.stream().map(r -> new Result(r.type(), r.passed(), r.reason())).toList();
        }
    }

    @Type("AvailableTransition")
    @Description("A move out of the item's current state, whether the caller may make it now, and each guard's answer.")
    public record Available(@Description("The key of the state it moves to.") @NonNull String to,
                            @Description("The transition's display name, e.g. Start work.") @NonNull String name,
                            @Description("Whether the caller may make this move now: every guard passes.")
                            boolean allowed,
                            @Description("Every guard of the transition with whether it passes and why.")
                            @NonNull List<@NonNull Result> guards) {
    }
}

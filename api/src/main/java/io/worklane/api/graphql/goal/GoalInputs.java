package io.worklane.api.graphql.goal;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the goal mutations. */
final class GoalInputs {
    private GoalInputs() {
    }

    @Enum("GoalField")
    @Description("The optional fields of a goal that an update can clear (PARENT: move it to the top).")
    public enum Field { DESCRIPTION, OWNER, PARENT }

    @Input("CreateGoalInput")
    @Description("A new goal, e.g. {workspace: \"acme\", title: \"Win the mid-market\", periodStart: \"2027-01-01\", "
            + "periodEnd: \"2027-03-31\"}.")
    public static class CreateGoal {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("1 to 200 characters.")
        public String title;
        @Description("Up to 10,000 characters.")
        public String description;
        @Id
        @Description("A member id.")
        public String owner;
        @NonNull
        @Description("The period's first day (a quarter is written as its dates).")
        public LocalDate periodStart;
        @NonNull
        @Description("The period's last day, on or after periodStart.")
        public LocalDate periodEnd;
        @Id
        @Description("The goal it is under (at most 5 levels: GOAL_TOO_DEEP).")
        public String parent;
        @Description("Default ON_TRACK.")
        public GoalTypes.Status status;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateGoalInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdateGoal {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The goal's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("1 to 200 characters.")
        public String title;
        @Description("Up to 10,000 characters.")
        public String description;
        @Id
        @Description("A member id.")
        public String owner;
        @Description("The period's first day.")
        public LocalDate periodStart;
        @Description("The period's last day, on or after periodStart.")
        public LocalDate periodEnd;
        @Id
        @Description("Under itself or one of its descendants is GOAL_CYCLE; deeper than 5 levels GOAL_TOO_DEEP.")
        public String parent;
        @Description("What its owner says of it.")
        public GoalTypes.Status status;
        @Description("Fields to empty.")
        public List<@NonNull Field> clear;
    }

    @Input("DeleteGoalInput")
    @Description("Deletes a goal without child goals, with its key results and check-ins.")
    public static class DeleteGoal {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The goal's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("GoalProjectInput")
    @Description("A project (key or id) that serves a goal.")
    public static class ProjectLink {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The goal's id.")
        public String goal;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @Description("The goal's version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("GoalPortfolioInput")
    @Description("A portfolio that serves a goal.")
    public static class PortfolioLink {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The goal's id.")
        public String goal;
        @NonNull
        @Id
        @Description("The portfolio's id.")
        public String portfolio;
        @Description("The goal's version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("CreateKeyResultInput")
    @Description("A key result of a goal, e.g. {title: \"Churn down to 2 %\", kind: PERCENT, start: \"5\", target: \"2\"}.")
    public static class CreateKeyResult {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The goal's id.")
        public String goal;
        @NonNull
        @Description("1 to 200 characters.")
        public String title;
        @NonNull
        @Description("How it is measured.")
        public GoalTypes.Kind kind;
        @Description("ISO 4217, CURRENCY only.")
        public String currency;
        @Description("Decimal string; required for NUMBER, PERCENT and CURRENCY.")
        public String start;
        @Description("Decimal string; required for NUMBER, PERCENT and CURRENCY; below start for a decrease.")
        public String target;
        @Description("Decimal string; default start.")
        public String current;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateKeyResultInput")
    @Description("Changes a key result's title, start or target (its current value moves by check-ins).")
    public static class UpdateKeyResult {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The key result's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("1 to 200 characters.")
        public String title;
        @Description("Decimal string (NUMBER, PERCENT, CURRENCY).")
        public String start;
        @Description("Decimal string (NUMBER, PERCENT, CURRENCY); below start for a decrease.")
        public String target;
    }

    @Input("DeleteKeyResultInput")
    @Description("Deletes a key result and its check-ins.")
    public static class DeleteKeyResult {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The key result's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("CreateCheckInInput")
    @Description("A check-in: value for NUMBER, PERCENT and CURRENCY, done for BOOLEAN (the other is INVALID_TYPE).")
    public static class CreateCheckIn {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The key result's id.")
        public String keyResult;
        @Description("A decimal string, e.g. \"3.5\".")
        public String value;
        @Description("BOOLEAN: true done, false not done.")
        public Boolean done;
        @Description("Up to 2,000 characters.")
        public String note;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }
}

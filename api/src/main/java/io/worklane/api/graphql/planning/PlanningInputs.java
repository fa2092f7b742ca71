package io.worklane.api.graphql.planning;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the planning mutations. */
final class PlanningInputs {
    private PlanningInputs() {
    }

    @Input("CreateDependencyInput")
    @Description("workItem waits for predecessor, e.g. {workItem: \"ENG-4\", predecessor: \"ENG-3\", type: FS, "
            + "lagDays: 2}.")
    public static class CreateDependency {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The successor (key or id).")
        public String workItem;
        @NonNull
        @Description("The item to wait for (key or id), in any project of the workspace.")
        public String predecessor;
        @Description("Default FS.")
        public PlanningTypes.Kind type;
        @Description("Working days, at most ±3650; negative is a lead. Default 0.")
        public Integer lagDays;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("DeleteDependencyInput")
    @Description("A dependency of workItem (either end) to remove.")
    public static class DeleteDependency {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("One end of the dependency (key or id).")
        public String workItem;
        @NonNull
        @Id
        @Description("The dependency's id.")
        public String id;
    }

    @Input("CreateLinkInput")
    @Description("A plain link from workItem to target, e.g. {workItem: \"ENG-9\", target: \"ENG-2\", type: DUPLICATES}.")
    public static class CreateLink {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The link's source (key or id).")
        public String workItem;
        @NonNull
        @Description("The link's target (key or id), in any project of the workspace.")
        public String target;
        @Description("Default RELATES_TO.")
        public PlanningTypes.LinkKind type;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("DeleteLinkInput")
    @Description("A link from or to workItem to remove.")
    public static class DeleteLink {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("One end of the link (key or id).")
        public String workItem;
        @NonNull
        @Id
        @Description("The link's id.")
        public String id;
    }

    @Input("ApplyScheduleInput")
    @Description("Moves the project's items that their dependencies hold back to their early dates.")
    public static class ApplySchedule {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
        @Description("True: answer the changes without writing them. Default false.")
        public Boolean dryRun;
    }
}

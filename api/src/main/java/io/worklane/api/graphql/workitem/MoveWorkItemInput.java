package io.worklane.api.graphql.workitem;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Moves a work item, with its children, to another project of the workspace (ADR 0082).")
@Input("MoveWorkItemInput")
public class MoveWorkItemInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The work item's key (ENG-42) or id; a key it had before an earlier move finds it too.")
    public String workItem;
    @NonNull
    @Description("The target project's key (OPS) or id.")
    public String project;
    @Description("Where items in a state go: needed for a state the target's workflow lacks (else "
            + "STATE_NOT_IN_TARGET_WORKFLOW).")
    public List<@NonNull StatusMappingInput> statusMapping;
    @Description("Optional: act only if the work item is still at this version (its version field), else the "
            + "error CONFLICT.")
    public Integer expectedVersion;

    @Input("StatusMappingInput")
    @Description("Items in state `from` take state `to` of the target project's workflow.")
    public static class StatusMappingInput {
        @NonNull
        @Description("A state key of the source project's workflow.")
        public String from;
        @NonNull
        @Description("A state key of the target project's workflow.")
        public String to;
    }
}

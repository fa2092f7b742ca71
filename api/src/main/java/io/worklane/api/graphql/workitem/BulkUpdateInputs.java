package io.worklane.api.graphql.workitem;

import jakarta.json.JsonObject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of bulkUpdateWorkItems: the items (keys or filter), the operations, the mode. */
public final class BulkUpdateInputs {
    private BulkUpdateInputs() {
    }

    @Description("ATOMIC: all items or none; PER_ITEM: each item on its own.")
    public enum BulkMode { ATOMIC, PER_ITEM }

    @Input("BulkUpdateWorkItemsInput")
    @Description("The items (keys or filter, one of the two) and what to do to each.")
    public static class BulkUpdateWorkItemsInput {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @Description("Keys (ENG-42) or ids of the workspace's items.")
        public List<@NonNull String> keys;
        @Description("A filter expression of the list language (ADR 0050).")
        public String filter;
        @NonNull
        @Description("What to do to each item.")
        public List<@NonNull BulkOperationInput> operations;
        @NonNull
        @DefaultValue("ATOMIC")
        @Description("All or nothing (ATOMIC) or item by item (PER_ITEM).")
        public BulkMode mode = BulkMode.ATOMIC;
        @DefaultValue("false")
        @Description("Answer what would happen; write nothing.")
        public boolean dryRun;
        @Description("See CreateWorkspaceInput.idempotencyKey: the same key and input again answer the first answer.")
        public String idempotencyKey;
    }

    @Input("BulkOperationInput")
    @Description("Exactly one member: set (the fields of a PATCH of the item, as JSON; not status), addLabels, "
            + "removeLabels, transition (the target state), move (to another project) or delete (true, alone).")
    public static class BulkOperationInput {
        @Description("Fields to set, as in a PATCH of the item (not status).")
        public JsonObject set;
        @Description("Labels to add.")
        public List<@NonNull String> addLabels;
        @Description("Labels to remove.")
        public List<@NonNull String> removeLabels;
        @Description("The state to move each item to, through its workflow.")
        public String transition;
        @Description("true: delete each item (alone).")
        public Boolean delete;
        @Description("Move each item, with its children, to another project (as moveWorkItem); applied last.")
        public BulkMoveInput move;
    }

    @Input("BulkMoveInput")
    @Description("The project to move each item to, and where items in a state its workflow lacks go.")
    public static class BulkMoveInput {
        @NonNull
        @Description("The target project's key (OPS) or id.")
        public String project;
        @Description("Items in state `from` take state `to` of the target project's workflow.")
        public List<MoveWorkItemInput.@NonNull StatusMappingInput> statusMapping;
    }
}

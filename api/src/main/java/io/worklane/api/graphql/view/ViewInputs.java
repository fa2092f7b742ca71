package io.worklane.api.graphql.view;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the saved views' mutations. */
public final class ViewInputs {
    private ViewInputs() {
    }

    @Input("CreateViewInput")
    @Description("A view to save, owned by the caller.")
    public static class CreateView {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("1 to 200 characters.")
        public String name;
        @NonNull
        @Description("WORKSPACE or PRIVATE.")
        public ViewSharing shared;
        @Description("The list filter language's text form (INVALID_FILTER when it does not parse).")
        public String filter;
        @Description("The list sort syntax, e.g. \"priority,-dueDate\" (VALIDATION_FAILED, INVALID_SORT).")
        public String sort;
        @Description("The fields a front end shows (at most 50).")
        public List<@NonNull String> columns;
        @Description("The field a front end groups by.")
        public String grouping;
        @NonNull
        @Description("LIST, BOARD, TABLE, TIMELINE or CALENDAR.")
        public ViewLayout layout;
        @Description("Makes a retried create return the first result instead of saving twice.")
        public String idempotencyKey;
    }

    @Description("A field of a view that updateView can empty.")
    public enum ViewField {
        FILTER, SORT, GROUPING
    }

    @Input("UpdateViewInput")
    @Description("Fields left null stay as they are; fields listed in clear are emptied.")
    public static class UpdateView {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The view's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("A new name.")
        public String name;
        @Description("WORKSPACE or PRIVATE.")
        public ViewSharing shared;
        @Description("A new filter (checked as on creation).")
        public String filter;
        @Description("A new sort (checked as on creation).")
        public String sort;
        @Description("New columns.")
        public List<@NonNull String> columns;
        @Description("A new grouping.")
        public String grouping;
        @Description("A new layout.")
        public ViewLayout layout;
        @Description("The fields to empty.")
        public List<@NonNull ViewField> clear;
    }

    @Input("DeleteViewInput")
    @Description("The view to delete.")
    public static class DeleteView {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The view's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}

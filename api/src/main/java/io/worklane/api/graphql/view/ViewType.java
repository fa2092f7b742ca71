package io.worklane.api.graphql.view;

import io.worklane.api.graphql.workitem.Actor;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.ViewDefinition;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A saved view as GraphQL shows it; its items are resolved by {@link ViewFields}. */
@Name("View")
@Description("A saved view of the workspace's work items (REST: …/views).")
public class ViewType {
    @Ignore
    private final SavedView view;

    public ViewType(SavedView view) {
        this.view = view;
    }

    @Ignore
    public SavedView domain() {
        return view;
    }

    private ViewDefinition d() {
        return view.definition();
    }

    @Id @NonNull
    @Description("The view's id.")
    public String getId() {
        return view.id().toString();
    }

    @NonNull
    @Description("1 to 200 characters.")
    public String getName() {
        return d().name();
    }

    @NonNull
    @Description("The member or API key that saved it.")
    public Actor getOwner() {
        return Actor.of(view.owner());
    }

    @NonNull
    @Description("WORKSPACE (everyone sees it) or PRIVATE (its owner alone).")
    public ViewSharing getShared() {
        return ViewSharing.valueOf(d().sharing().name());
    }

    @Description("The list filter language's text form; null selects every item.")
    public String getFilter() {
        return d().filter();
    }

    @Description("The list sort syntax; null is newest first.")
    public String getSort() {
        return d().sort();
    }

    @NonNull
    @Description("The fields a front end shows, in order.")
    public List<@NonNull String> getColumns() {
        return d().columns();
    }

    @Description("The field a front end groups the items by.")
    public String getGrouping() {
        return d().grouping();
    }

    @NonNull
    @Description("LIST, BOARD, TABLE, TIMELINE or CALENDAR.")
    public ViewLayout getLayout() {
        return ViewLayout.valueOf(d().layout().name());
    }

    @Description("Increases with every change; pass it as expectedVersion to update safely.")
    public int getVersion() {
        return (int) view.version();
    }

    @NonNull
    @Description("ISO-8601")
    public Instant getCreatedAt() {
        return view.createdAt();
    }

    @NonNull
    @Description("ISO-8601")
    public Instant getUpdatedAt() {
        return view.updatedAt();
    }
}

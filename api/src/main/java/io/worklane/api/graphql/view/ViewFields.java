package io.worklane.api.graphql.view;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.view.ViewQueries;
import io.worklane.api.application.view.ViewRuns;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.view.SavedViews;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.views, Workspace.view(id:) and View.items: the same reads as REST. */
@GraphQLApi
@Authenticated
public class ViewFields {
    private final ViewQueries queries;
    private final ViewRuns runs;
    private final CurrentCaller caller;

    public ViewFields(ViewQueries queries, ViewRuns runs, CurrentCaller caller) {
        this.queries = queries;
        this.runs = runs;
        this.caller = caller;
    }

    @NonNull
    @Name("views")
    @Description("The workspace's shared views and your private ones, oldest first. Needs work_items:read.")
    public Uni<ViewConnection> views(@Source Workspace workspace, @Name("first") @DefaultValue("50") Integer first,
                                     @Name("after") String after) {
        return Uni.createFrom().deferred(() -> queries.list(caller.get(), workspace.domain().id().toString(),
                Paging.request(first, after, SavedViews.SORT))).map(ViewConnection::of);
    }

    @Name("view")
    @Description("A saved view you see; another's private view, like one that does not exist, is the error "
            + "VIEW_NOT_FOUND. Needs work_items:read.")
    public Uni<ViewType> view(@Source Workspace workspace, @Name("id") @NonNull @Id String id) {
        return Uni.createFrom().deferred(() -> queries.get(caller.get(), workspace.domain().id().toString(), id))
                .map(ViewType::new);
    }

    @NonNull
    @Name("items")
    @Description("The work items the view selects, in its sort: the same as workItems(filter: {where: filter}, "
            + "sort: sort). Needs work_items:read.")
    public Uni<ViewItemConnection> items(@Source ViewType view, @Name("first") @DefaultValue("50") Integer first,
                                         @Name("after") String after) {
        return Uni.createFrom().deferred(() -> runs.run(caller.get(), view.domain(), Paging.request(first, after,
                view.domain().definition().sortOrder().token()))).map(ViewItemConnection::of);
    }
}

package io.worklane.api.graphql.search;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.search.SearchService;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.search.Searches;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.search: the same use case and refusals as REST's GET …/search, one statement per page. */
@GraphQLApi
@Authenticated
public class SearchField {
    private final SearchService search;
    private final CurrentCaller caller;

    public SearchField(SearchService search, CurrentCaller caller) {
        this.search = search;
        this.caller = caller;
    }

    @NonNull
    @Name("search")
    @Description("Full-text and trigram search of the workspace's work items, comments, projects and risks, most "
            + "relevant first (docs/search.md). An empty query is VALIDATION_FAILED. Needs work_items:read; "
            + "projects and risks also need projects:read.")
    public Uni<SearchResultConnection> search(@Source Workspace workspace,
            @Name("query") @Description("Required (null or blank is VALIDATION_FAILED): 1 to 1,000 characters, read like a "
                    + "web search.") String query,
            @Name("types") @Description("The kinds to search; all the caller may read when omitted.")
            List<SearchResultType> types,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> search.search(caller.get(), workspace.domain().id(), query,
                types == null ? null : types.stream().map(Enum::name).toList(),
                Paging.request(first, after, Searches.SORT))).map(SearchResultConnection::of);
    }
}

package io.worklane.api.graphql.search;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.search.SearchHit;
import io.worklane.domain.shared.Page;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of search results, most relevant first.")
public record SearchResultConnection(@NonNull @Description("The results of this page, most relevant first.")
                                     List<@NonNull SearchResultEdge> edges,
                                     @NonNull @Description("Whether more results follow, and from where.") PageInfo pageInfo) {
    static SearchResultConnection of(Page<SearchHit> page) {
        List<SearchResultEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new SearchResultEdge(page.cursors().get(i), SearchResult.of(page.items().get(i))));
        }
        return new SearchResultConnection(edges, Paging.info(page, edges.stream().map(SearchResultEdge::cursor).toList()));
    }
}

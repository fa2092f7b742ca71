package io.worklane.api.rest.search;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.search.SearchService;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.search.SearchHit;
import io.worklane.domain.search.Searches;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.api.SearchApi;
import io.worklane.openapi.model.SearchResult;
import io.worklane.openapi.model.SearchResultList;
import io.worklane.openapi.model.SearchResultType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Search over REST: translation only. */
@Authenticated
public class SearchResource implements SearchApi {
    private final SearchService search;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public SearchResource(SearchService search, CurrentCaller caller, RestResponses responses) {
        this.search = search;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> search(String q, String ws, String types, Integer limit, String cursor) {
        return responses.list(search.search(caller.get(), ws, q, types == null ? null : List.of(types),
                Pages.of(limit, cursor, Searches.SORT), "q", "types"), SearchResource::results);
    }

    private static SearchResultList results(Page<SearchHit> page) {
        return new SearchResultList().items(page.items().stream().map(SearchResource::result).toList())
                .nextCursor(page.nextCursor());
    }

    private static SearchResult result(SearchHit h) {
        return new SearchResult().type(SearchResultType.fromValue(h.type().name())).id(h.id()).projectId(h.projectId())
                .workItemId(h.workItemId()).ref(h.ref()).title(h.title()).snippet(h.snippet()).score(h.score());
    }
}

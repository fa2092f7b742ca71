package io.worklane.api.graphql.search;

import io.worklane.domain.search.SearchHit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One object found, as REST's SearchResult shows it. */
@Description("An object a search found, with its best passage.")
public record SearchResult(@NonNull @Description("What kind of object it is.") SearchResultType type, @NonNull @Id @Description("The id of the object found.") String id,
                           @NonNull @Id @Description("The project it belongs to (a project: itself).") String projectId,
                           @Id @Description("The work item found, or the one the comment is on; null for projects and risks.") String workItemId,
                           @NonNull @Description("The item's key (a comment: its item's key), the project's key, or the risk's project key.") String ref,
                           @NonNull @Description("The title or name (a comment: its item's title).") String title,
                           @NonNull @Description("The best passage, HTML-escaped, the matched words in <mark>…</mark>.") String snippet,
                           @Description("Relevance; higher first.") double score) {
    static SearchResult of(SearchHit h) {
        return new SearchResult(SearchResultType.valueOf(h.type().name()), h.id().toString(), h.projectId().toString(),
                h.workItemId() == null ? null : h.workItemId().toString(), h.ref(), h.title(), h.snippet(), h.score());
    }
}

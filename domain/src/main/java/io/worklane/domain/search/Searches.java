package io.worklane.domain.search;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.UUID;

/** Full-text and trigram search over a workspace's objects, most relevant first, in keyset pages. */
public interface Searches {
    /** The sort token of search cursors: a cursor of another list is refused. */
    String SORT = "relevance";

    Uni<Page<SearchHit>> search(UUID workspaceId, SearchQuery query, PageRequest page);

    /** The same, leaving out the objects of {@code hiddenProjects} (private projects the caller is not in). */
    Uni<Page<SearchHit>> search(UUID workspaceId, SearchQuery query, java.util.Set<UUID> hiddenProjects,
                                PageRequest page);
}

package io.worklane.api.application.search;

import io.worklane.api.application.project.ProjectAccess;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.search.SearchHit;
import io.worklane.domain.search.SearchQuery;
import io.worklane.domain.search.SearchType;
import io.worklane.domain.search.Searches;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Searching a workspace, with {@code work_items:read}: the caller sees only what the read scopes it holds
 * show (projects and risks need {@code projects:read} too). Asking for a type it may not read is 403;
 * asking for none leaves those types out. Deleted objects are gone from their tables, hence from results.
 */
@ApplicationScoped
public class SearchService {
    private final ProjectAccess projectAccess;
    private final Searches searches;
    private final Access access;

    public SearchService(Searches searches, Access access, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.searches = searches;
        this.access = access;
    }

    /** A page of results; {@code typesField} and {@code textField} name the inputs in refusals. */
    public Uni<Page<SearchHit>> search(Caller caller, String wsRef, String text, List<String> types,
                                       PageRequest page, String textField, String typesField) {
        boolean explicit = types != null && types.stream().anyMatch(t -> !t.isBlank());
        // visibility and scope first (404, 403), then the input (400): a refusal reveals nothing
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .map(ws -> readable(caller, ws.id(), SearchQuery.of(text, types, textField, typesField), explicit))
                .chain(scoped -> projectAccess.sight(caller, scoped.workspaceId()).chain(sight ->
                        searches.search(scoped.workspaceId(), scoped.query(), sight.hidden(), page)));
    }

    /** GraphQL's Workspace.search: the workspace is already resolved (no statement for it). */
    public Uni<Page<SearchHit>> search(Caller caller, UUID workspaceId, String text, List<String> types,
                                       PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        SearchQuery query = SearchQuery.of(text, types, "query", "types");
        Scoped scoped = readable(caller, workspaceId, query, types != null && !types.isEmpty());
        return projectAccess.sight(caller, workspaceId)
                .chain(sight -> searches.search(workspaceId, scoped.query(), sight.hidden(), page));
    }

    private record Scoped(UUID workspaceId, SearchQuery query) {
    }

    private static Scoped readable(Caller caller, UUID workspaceId, SearchQuery query, boolean explicit) {
        Set<SearchType> allowed = EnumSet.noneOf(SearchType.class);
        for (SearchType type : SearchType.values()) {
            if (caller.holds(workspaceId, type.readScope())) {
                allowed.add(type);
            } else if (explicit && query.types().contains(type)) {
                throw new DomainException(ErrorCode.INSUFFICIENT_SCOPE, "Searching " + type.name() + " needs '"
                        + type.readScope().value() + "', which you do not hold here; leave " + type.name()
                        + " out of the types, or ask a workspace admin for it.");
            }
        }
        return new Scoped(workspaceId, query.onlyOf(allowed));
    }
}

package io.worklane.api.application.view;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.SavedViews;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Reading saved views with {@code work_items:read}: a caller sees the shared ones and its own. */
@ApplicationScoped
public class ViewQueries {
    private final SavedViews views;
    private final Access access;

    public ViewQueries(SavedViews views, Access access) {
        this.views = views;
        this.access = access;
    }

    public Uni<Page<SavedView>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> views.visibleTo(ws.id(), caller.actorIn(ws.id()), page));
    }

    public Uni<SavedView> get(Caller caller, String wsRef, String viewRef) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> find(caller, ws, viewRef));
    }

    /** A view the caller sees, else VIEW_NOT_FOUND: someone else's private view does not exist for them. */
    public Uni<SavedView> find(Caller caller, Workspace ws, String viewRef) {
        UUID id = Ids.parseOrNull(viewRef);
        return (id == null ? Uni.createFrom().item(Optional.<SavedView>empty()) : views.find(ws.id(), id))
                .map(found -> found.filter(v -> v.isVisibleTo(caller.actorIn(ws.id())))
                        .orElseThrow(() -> DomainException.notFound(ErrorCode.VIEW_NOT_FOUND, "View", viewRef)));
    }

    Uni<Workspace> workspace(Caller caller, String wsRef, Scope scope) {
        return access.workspace(caller, wsRef, scope);
    }
}

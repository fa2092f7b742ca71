package io.worklane.api.application.view;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.SavedViews;
import io.worklane.domain.view.ViewDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Saving views with {@code work_items:write}, each change in one transaction with its event ({@code view.created},
 * {@code view.updated}, {@code view.deleted}). The filter is parsed and the sort read when saved (400
 * INVALID_FILTER, INVALID_SORT). A shared view is the workspace's: anyone who may write work items changes or
 * deletes it; a private one only its owner (to others it does not exist: 404).
 */
@ApplicationScoped
public class ViewService {
    private final SavedViews views;
    private final ViewQueries queries;
    private final Events events;
    private final Now now;
    private final CustomFields customFields;

    public ViewService(SavedViews views, ViewQueries queries, Events events, Now now, CustomFields customFields) {
        this.views = views;
        this.queries = queries;
        this.events = events;
        this.now = now;
        this.customFields = customFields;
    }

    @WithTransaction
    public Uni<SavedView> create(Caller caller, String wsRef, ViewDefinition definition) {
        return queries.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .map(ws -> SavedView.create(ws.id(), caller.actorIn(ws.id()), definition, now.instant()))
                .call(this::checkCustomFields)
                .chain(views::insert)
                .call(saved -> events.record("view.created", saved.workspaceId(), saved.id(), caller,
                        saved.createdAt(), ViewData.of(saved), null));
    }

    /** Applies {@code change} to the view's definition as it is (a merge patch or a whole input). */
    @WithTransaction
    public Uni<SavedView> update(Caller caller, String wsRef, String viewRef, Long expected,
                                 UnaryOperator<ViewDefinition> change) {
        return editable(caller, wsRef, viewRef, expected)
                .chain(current -> Uni.createFrom().item(current.change(change.apply(current.definition()), now.instant()))
                        .call(this::checkCustomFields).chain(views::update)
                        .call(saved -> events.record("view.updated", saved.workspaceId(), saved.id(), caller,
                                saved.updatedAt(), ViewData.of(saved), ViewData.of(current))));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String viewRef, Long expected) {
        return editable(caller, wsRef, viewRef, expected)
                .call(current -> views.delete(current.workspaceId(), current.id(), current.version()))
                .call(current -> events.record("view.deleted", current.workspaceId(), current.id(), caller,
                        now.instant(), ViewData.of(current), null))
                .map(SavedView::id);
    }

    /** Like a list's filter: the custom fields it names must be defined (only such a filter costs the read). */
    private Uni<Void> checkCustomFields(SavedView view) {
        FilterExpression expression = view.definition().expression();
        if (expression == null || !expression.namesCustomFields()) {
            return Uni.createFrom().voidItem();
        }
        return customFields.typesInWorkspace(view.workspaceId())
                .invoke(types -> expression.checkCustomFields(types, "filter")).replaceWithVoid();
    }

    private Uni<SavedView> editable(Caller caller, String wsRef, String viewRef, Long expected) {
        return queries.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE)
                .chain(ws -> queries.find(caller, ws, viewRef))
                .invoke(view -> ExpectedVersion.check(expected, view.version(), "View " + view.definition().name()));
    }
}

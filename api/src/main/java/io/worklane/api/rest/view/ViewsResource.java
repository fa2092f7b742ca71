package io.worklane.api.rest.view;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.view.ViewQueries;
import io.worklane.api.application.view.ViewRuns;
import io.worklane.api.application.view.ViewService;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Change;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.SavedViews;
import io.worklane.domain.view.ViewDefinition;
import io.worklane.domain.view.ViewLayout;
import io.worklane.domain.view.ViewSharing;
import io.worklane.openapi.api.ViewsApi;
import io.worklane.openapi.model.ViewCreate;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Saved views over REST: translation only. */
@Authenticated
public class ViewsResource implements ViewsApi {
    private static final Set<String> PATCHABLE = Set.of("name", "shared", "filter", "sort", "columns", "grouping",
            "layout");
    private final ViewService views;
    private final ViewQueries queries;
    private final ViewRuns runs;
    private final WorkItemQueries items;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public ViewsResource(ViewService views, ViewQueries queries, ViewRuns runs, WorkItemQueries items,
                         CurrentCaller caller, RestResponses responses) {
        this.views = views;
        this.queries = queries;
        this.runs = runs;
        this.items = items;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createView(String ws, ViewCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var definition = new ViewDefinition(b.getName(), b.getShared() == null ? null
                : ViewSharing.valueOf(b.getShared().name()), b.getFilter(), b.getSort(), b.getColumns(),
                b.getGrouping(), b.getLayout() == null ? null : ViewLayout.valueOf(b.getLayout().name()));
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/views", b,
                () -> views.create(c, ws, definition), ViewDtos::view, ViewsResource::location);
    }

    @Override
    public CompletionStage<Response> listViews(String ws, Integer limit, String cursor) {
        return responses.list(queries.list(caller.get(), ws, Pages.of(limit, cursor, SavedViews.SORT)),
                ViewDtos::views);
    }

    @Override
    public CompletionStage<Response> getView(String ws, String viewId) {
        return responses.ok(queries.get(caller.get(), ws, viewId), ViewDtos::view, SavedView::version);
    }

    @Override
    public CompletionStage<Response> updateView(String ws, String viewId, Map body, String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        Change<String> name = p.requiredText("name");
        Change<ViewSharing> shared = p.enumValue("shared", ViewSharing.class);
        Change<String> filter = p.text("filter");
        Change<String> sort = p.text("sort");
        Change<List<String>> columns = p.strings("columns");
        Change<String> grouping = p.text("grouping");
        Change<ViewLayout> layout = p.enumValue("layout", ViewLayout.class);
        p.check();
        return responses.ok(views.update(caller.get(), ws, viewId, Versions.ifMatch(ifMatch), d -> new ViewDefinition(
                name.or(d.name()), shared.or(d.sharing()), filter.or(d.filter()), sort.or(d.sort()),
                columns.or(d.columns()), grouping.or(d.grouping()), layout.or(d.layout()))),
                ViewDtos::view, SavedView::version);
    }

    @Override
    public CompletionStage<Response> deleteView(String ws, String viewId, String ifMatch) {
        return responses.noContent(views.delete(caller.get(), ws, viewId, Versions.ifMatch(ifMatch)).replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> listViewItems(String ws, String viewId, Integer limit, String cursor) {
        Caller c = caller.get();
        return responses.list(queries.get(c, ws, viewId).chain(view -> runs.run(c, view,
                        Pages.of(limit, cursor, view.definition().sortOrder().token())))
                .chain(run -> items.shown(run.items().items()).map(shown -> ViewDtos.items(run, shown))), dto -> dto);
    }

    private static String location(SavedView v) {
        return "/api/v1/workspaces/" + v.workspaceId() + "/views/" + v.id();
    }
}

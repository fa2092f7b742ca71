package io.worklane.api.rest.view;

import io.worklane.api.application.view.ViewRuns;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.rest.workitem.WorkItemDtos;
import io.worklane.domain.shared.Page;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.ViewDefinition;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.ViewItems;
import io.worklane.openapi.model.ViewLayout;
import io.worklane.openapi.model.ViewList;
import io.worklane.openapi.model.ViewSharing;
import java.time.ZoneOffset;

/** Saved views as the REST contract shows them. */
final class ViewDtos {
    private ViewDtos() {
    }

    static io.worklane.openapi.model.View view(SavedView v) {
        ViewDefinition d = v.definition();
        return new io.worklane.openapi.model.View().id(v.id()).name(d.name())
                .owner(new Actor().kind(ActorKind.fromValue(v.owner().kind().name())).id(v.owner().id())
                        .name(v.owner().name()))
                .shared(ViewSharing.fromValue(d.sharing().name())).filter(d.filter()).sort(d.sort())
                .columns(d.columns()).grouping(d.grouping()).layout(ViewLayout.fromValue(d.layout().name()))
                .version(v.version()).createdAt(v.createdAt().atOffset(ZoneOffset.UTC))
                .updatedAt(v.updatedAt().atOffset(ZoneOffset.UTC));
    }

    static ViewList views(Page<SavedView> page) {
        return new ViewList().items(page.items().stream().map(ViewDtos::view).toList()).nextCursor(page.nextCursor());
    }

    static ViewItems items(ViewRuns.Run run, WorkItemQueries.Shown shown) {
        var list = WorkItemDtos.of(run.items(), shown);
        return new ViewItems().items(list.getItems()).nextCursor(list.getNextCursor()).warnings(run.warnings());
    }
}

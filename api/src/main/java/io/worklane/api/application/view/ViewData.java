package io.worklane.api.application.view;

import io.worklane.domain.view.SavedView;
import io.worklane.domain.view.ViewDefinition;
import io.worklane.domain.view.ViewSharing;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event payload of a saved view. A private view's name, filter and layout are its owner's business: its
 * events say only that it changed (id, shared, owner, version), so that the feed misses no change and readers
 * of the feed learn nothing of the view.
 */
final class ViewData {
    private ViewData() {
    }

    static Map<String, Object> of(SavedView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        ViewDefinition d = v.definition();
        m.put("id", v.id().toString());
        m.put("shared", d.sharing().name());
        m.put("owner", Map.of("kind", v.owner().kind().name(), "id", v.owner().id()));
        if (d.sharing() == ViewSharing.WORKSPACE) {
            m.put("name", d.name());
            m.put("filter", d.filter());
            m.put("sort", d.sort());
            m.put("columns", d.columns());
            m.put("grouping", d.grouping());
            m.put("layout", d.layout().name());
        }
        m.put("version", v.version());
        return m;
    }
}

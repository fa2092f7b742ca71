package io.worklane.api.application.workspace;

import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.Map;

/** The event payloads of workspaces and members: the objects as the REST API shows them. */
final class WorkspaceData {
    private WorkspaceData() {
    }

    static Map<String, Object> of(Workspace w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id().toString());
        m.put("slug", w.slug());
        m.put("name", w.name());
        m.put("defaultCurrency", w.defaultCurrency());
        m.put("timeZone", w.timeZone());
        m.put("searchConfig", w.searchConfig());
        m.put("version", w.version());
        m.put("createdAt", w.createdAt().toString());
        m.put("updatedAt", w.updatedAt().toString());
        return m;
    }

    static Map<String, Object> of(Member x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id().toString());
        m.put("email", x.email());
        m.put("displayName", x.displayName());
        m.put("role", x.role().name());
        m.put("version", x.version());
        m.put("createdAt", x.createdAt().toString());
        m.put("updatedAt", x.updatedAt().toString());
        return m;
    }
}

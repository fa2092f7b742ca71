package io.worklane.api.application.form;

import io.worklane.domain.form.Form;
import io.worklane.domain.form.FormDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/** The event payload of a form: what it is, without its fields (read the form for those). */
final class FormData {
    private FormData() {
    }

    static Map<String, Object> of(Form f) {
        FormDefinition d = f.definition();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id().toString());
        m.put("slug", d.slug());
        m.put("title", d.title());
        m.put("projectId", f.projectId().toString());
        m.put("projectKey", f.projectKey());
        m.put("itemType", d.itemType().name());
        m.put("access", d.access().name());
        m.put("fieldCount", d.fields().size());
        m.put("version", f.version());
        return m;
    }
}

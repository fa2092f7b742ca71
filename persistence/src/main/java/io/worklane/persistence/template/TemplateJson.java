package io.worklane.persistence.template;

import io.worklane.domain.template.TemplateContent;
import io.worklane.domain.template.TemplateDocument;
import io.worklane.persistence.shared.Json;
import java.util.Map;

/** Template content as the text of the jsonb document (TemplateDocument's map, written and read by Jackson). */
final class TemplateJson {
    private TemplateJson() {
    }

    static String write(TemplateContent c) {
        return Json.write(TemplateDocument.toMap(c));
    }

    static TemplateContent read(String json) {
        return TemplateDocument.fromMap(Json.map(json));
    }

    static TemplateContent read(Map<String, Object> m) {
        return TemplateDocument.fromMap(m);
    }
}

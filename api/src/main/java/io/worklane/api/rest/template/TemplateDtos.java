package io.worklane.api.rest.template;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.shared.Page;
import io.worklane.domain.template.ProjectTemplate;
import io.worklane.domain.template.TemplateDocument;
import io.worklane.openapi.model.ProjectTemplateList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Project templates as the contract shows them; the content is the stored document's shape. */
final class TemplateDtos {
    private TemplateDtos() {
    }

    static io.worklane.openapi.model.ProjectTemplate summary(ProjectTemplate t) {
        return new io.worklane.openapi.model.ProjectTemplate().id(t.id()).name(t.name()).description(t.description())
                .builtIn(t.builtIn()).sourceProjectId(t.sourceProjectId()).itemCount(t.summary().items())
                .phaseCount(t.summary().phases()).milestoneCount(t.summary().milestones())
                .dependencyCount(t.summary().dependencies()).durationDays(t.summary().durationDays())
                .hasBudget(t.summary().budget()).createdAt(Dates.utc(t.createdAt())).version(t.version());
    }

    /** The summary with the content, which the generated model would type part by part: kept as a map. */
    static Map<String, Object> full(ProjectTemplate t, ObjectMapper json) {
        Map<String, Object> out = new LinkedHashMap<>(json.convertValue(summary(t),
                new TypeReference<Map<String, Object>>() { }));
        out.put("content", TemplateDocument.toMap(t.content()));
        return out;
    }

    static ProjectTemplateList list(Page<ProjectTemplate> page) {
        return new ProjectTemplateList().items(page.items().stream().map(TemplateDtos::summary).toList())
                .nextCursor(page.nextCursor());
    }
}

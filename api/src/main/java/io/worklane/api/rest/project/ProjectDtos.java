package io.worklane.api.rest.project;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workflow.WorkflowAssignment;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import io.worklane.openapi.model.CustomFieldList;
import io.worklane.openapi.model.CustomFieldType;
import io.worklane.openapi.model.ProjectKind;
import io.worklane.openapi.model.ProjectList;
import io.worklane.openapi.model.ProjectStatus;

/** Domain → REST models for projects and custom fields. */
final class ProjectDtos {
    private ProjectDtos() {
    }

    /** A project with the workflows its items follow, as the REST representation shows it. */
    record View(Project project, WorkflowAssignment workflows) {
    }

    static io.worklane.openapi.model.Project of(View v) {
        Project p = v.project();
        Map<String, UUID> overrides = new TreeMap<>();
        v.workflows().overrides().forEach((type, id) -> overrides.put(type.name(), id));
        return of(p).workflow(v.workflows().defaultWorkflowId()).workflowOverrides(overrides);
    }

    static io.worklane.openapi.model.Project of(Project p) {
        return new io.worklane.openapi.model.Project().id(p.id()).key(p.key()).name(p.name())
                .description(p.description()).kind(ProjectKind.fromValue(p.kind().name()))
                .status(ProjectStatus.fromValue(p.status().name())).leadId(p.leadId()).startDate(p.startDate())
                .targetDate(p.targetDate())
                .visibility(io.worklane.openapi.model.ProjectVisibility.fromValue(p.visibility().name()))
                .version(p.version()).createdAt(Dates.utc(p.createdAt()))
                .updatedAt(Dates.utc(p.updatedAt()));
    }

    static ProjectList of(Page<View> page) {
        return new ProjectList().items(page.items().stream().map(ProjectDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.CustomField of(CustomField f) {
        return new io.worklane.openapi.model.CustomField().id(f.id()).key(f.key()).name(f.name())
                .type(CustomFieldType.fromValue(f.type().name())).options(f.options()).required(f.required())
                .version(f.version()).createdAt(Dates.utc(f.createdAt())).updatedAt(Dates.utc(f.updatedAt()));
    }

    static CustomFieldList fields(Page<CustomField> page) {
        return new CustomFieldList().items(page.items().stream().map(ProjectDtos::of).toList())
                .nextCursor(page.nextCursor());
    }
}

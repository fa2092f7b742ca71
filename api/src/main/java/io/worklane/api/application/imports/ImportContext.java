package io.worklane.api.application.imports;

import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.Project;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.WorkItemType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the rows of an import are checked against, read once: the project, its custom fields, its workflows
 * by type, the members named by e-mail and the items the file's external ids were imported as before.
 */
record ImportContext(Project project, String source, ImportMapping mapping, Map<String, String> byField,
                     List<CustomField> customFields, Map<WorkItemType, Workflow> workflows, Map<String, UUID> members,
                     Map<String, UUID> existing) {

    String column(String field) {
        String c = byField.get(field);
        return c == null ? null : c.split("\u0000")[0];
    }

    WorkItemType defaultType() {
        return mapping.defaultType() == null ? WorkItemType.TASK : mapping.defaultType();
    }
}

package io.worklane.api.application.form;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.domain.form.FormDefinition;
import io.worklane.domain.form.FormField;
import io.worklane.domain.form.FormFieldType;
import io.worklane.domain.form.FormTarget;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a form needs of its project: a PROCESS project (422 FORM_NEEDS_PROCESS_PROJECT), whose custom fields the
 * form's {@code customFields.<key>} targets name, each taking the field's answers (400 on {@code fields[i].target}).
 */
@ApplicationScoped
public class FormChecks {
    private static final Map<FormFieldType, Set<CustomFieldType>> TAKES = Map.of(
            FormFieldType.TEXT, Set.of(CustomFieldType.TEXT), FormFieldType.LONG_TEXT, Set.of(CustomFieldType.TEXT),
            FormFieldType.EMAIL, Set.of(CustomFieldType.TEXT), FormFieldType.URL, Set.of(CustomFieldType.URL,
                    CustomFieldType.TEXT), FormFieldType.NUMBER, Set.of(CustomFieldType.NUMBER),
            FormFieldType.DATE, Set.of(CustomFieldType.DATE), FormFieldType.SELECT, Set.of(CustomFieldType.SELECT),
            FormFieldType.MULTI_SELECT, Set.of(CustomFieldType.MULTI_SELECT),
            FormFieldType.CHECKBOX, Set.of(CustomFieldType.CHECKBOX));
    private final Projects projects;
    private final CustomFields customFields;

    public FormChecks(Projects projects, CustomFields customFields) {
        this.projects = projects;
        this.customFields = customFields;
    }

    /** The form's project, checked with the definition against it (the project first: another tenant's is 404). */
    public Uni<Project> project(Workspace ws, String projectRef, FormDefinition definition) {
        return ProjectLookup.load(projects, ws, projectRef).invoke(FormChecks::isProcess)
                .invoke(definition::validated)
                .call(project -> definition.customKeys().isEmpty() ? Uni.createFrom().voidItem()
                        : customFields.allOf(ws.id(), project.id()).invoke(fields -> targets(definition, fields)));
    }

    private static void isProcess(Project project) {
        if (project.kind() != ProjectKind.PROCESS) {
            throw new DomainException(ErrorCode.FORM_NEEDS_PROCESS_PROJECT, "Project " + project.key() + " is a "
                    + project.kind() + " project: forms file requests into ongoing PROCESS projects. Choose one.");
        }
    }

    private static void targets(FormDefinition d, List<CustomField> defined) {
        Map<String, CustomField> byKey = defined.stream().collect(Collectors.toMap(CustomField::key, Function.identity()));
        Validation v = new Validation();
        for (int i = 0; i < d.fields().size(); i++) {
            FormField f = d.fields().get(i);
            Optional<String> key = FormTarget.customKey(f.target());
            if (key.isEmpty()) {
                continue;
            }
            CustomField cf = byKey.get(key.get());
            String at = "fields[" + i + "].target";
            if (cf == null) {
                v.require(false, at, "UNKNOWN_CUSTOM_FIELD", "the project has no custom field " + key.get()
                        + "; its fields: " + String.join(", ", byKey.keySet()));
            } else {
                v.require(TAKES.get(f.type()).contains(cf.type()), at, "TYPE_MISMATCH", "custom field " + cf.key()
                                + " is " + cf.type() + ": a " + f.type() + " answer does not fit it")
                        .require(cf.options().containsAll(f.options()), at, "UNKNOWN_OPTION",
                                "every option must be one of the custom field's: " + cf.options());
            }
        }
        v.orThrow();
    }
}

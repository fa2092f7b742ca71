package io.worklane.api.graphql.form;

import io.worklane.domain.form.FormField;
import io.worklane.domain.workitem.WorkItemType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the forms' mutations. */
public final class FormInputs {
    private FormInputs() {
    }

    @Input("FormFieldInput")
    @Description("A question of a form (see FormField).")
    public static class Field {
        @NonNull
        @Description("The property in a submission: a lower-case letter, then letters, digits or _ (not email or website).")
        public String key;
        @NonNull
        @Description("1 to 200 characters.")
        public String label;
        @Description("At most 1000 characters.")
        public String helpText;
        @NonNull
        @Description("How it is answered.")
        public FormAnswerType type;
        @NonNull
        @Description("title, description, priority, dueDate or customFields.<key>.")
        public String target;
        @Description("Whether an answer is needed (default false).")
        public Boolean required;
        @Description("The choices of SELECT and MULTI_SELECT fields.")
        public List<@NonNull String> options;
        @Description("Text answers: fewest characters.")
        public Integer minLength;
        @Description("Text answers: most characters (at most 10000).")
        public Integer maxLength;
        @Description("Number answers: smallest.")
        public Double minimum;
        @Description("Number answers: largest.")
        public Double maximum;
        @Description("Text answers: a regular expression to match whole.")
        public String pattern;

        FormField domain() {
            return new FormField(key, label, helpText, type == null ? null : type.domain(), target, Boolean.TRUE.equals(required), options, minLength,
                    maxLength, minimum, maximum, pattern);
        }

        static List<FormField> domain(List<Field> fields) {
            return fields == null ? null : fields.stream().map(Field::domain).toList();
        }
    }

    @Input("CreateFormInput")
    @Description("A request intake form of a PROCESS project.")
    public static class CreateForm {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The PROCESS project (key or id) the requests go to.")
        public String project;
        @NonNull
        @Description("The public address, unique across the instance (FORM_SLUG_TAKEN).")
        public String slug;
        @NonNull
        @Description("1 to 200 characters.")
        public String title;
        @Description("Shown above the fields.")
        public String description;
        @Description("REQUEST unless told.")
        public WorkItemType itemType;
        @Description("PUBLIC unless told.")
        public FormAccessLevel access;
        @Description("Shown after a submission.")
        public String confirmation;
        @Description("The questions, in order (at most 50).")
        public List<@NonNull Field> fields;
        @Description("Makes a retried create return the first result instead of creating twice.")
        public String idempotencyKey;
    }

    @Description("A field of a form that updateForm can empty.")
    public enum FormClearable {
        DESCRIPTION, CONFIRMATION
    }

    @Input("UpdateFormInput")
    @Description("Fields left null stay as they are (fields, when given, replace all); fields listed in clear are emptied.")
    public static class UpdateForm {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The form's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
        @Description("Another PROCESS project (key or id).")
        public String project;
        @Description("A new public address.")
        public String slug;
        @Description("A new title.")
        public String title;
        @Description("A new description.")
        public String description;
        @Description("Another item type.")
        public WorkItemType itemType;
        @Description("PUBLIC or MEMBERS.")
        public FormAccessLevel access;
        @Description("A new confirmation text.")
        public String confirmation;
        @Description("The questions, replacing all of them.")
        public List<@NonNull Field> fields;
        @Description("Fields to empty.")
        public List<@NonNull FormClearable> clear;
    }

    @Input("DeleteFormInput")
    @Description("The form to delete.")
    public static class DeleteForm {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Id
        @Description("The form's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }
}

package io.worklane.api.rest.form;

import io.worklane.api.application.form.FormIntake;
import io.worklane.api.application.form.PublicForms;
import io.worklane.domain.form.Form;
import io.worklane.domain.form.FormDefinition;
import io.worklane.domain.form.FormField;
import io.worklane.domain.form.FormSchema;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.FormAccess;
import io.worklane.openapi.model.FormFieldType;
import io.worklane.openapi.model.FormList;
import io.worklane.openapi.model.FormReceipt;
import io.worklane.openapi.model.FormSubmissionStatus;
import io.worklane.openapi.model.PublicForm;
import io.worklane.openapi.model.StateCategory;
import io.worklane.openapi.model.WorkItemType;
import java.math.BigDecimal;
import java.time.ZoneOffset;

/** Forms as the REST contract shows them. */
final class FormDtos {
    private FormDtos() {
    }

    static io.worklane.openapi.model.Form form(Form f) {
        FormDefinition d = f.definition();
        return new io.worklane.openapi.model.Form().id(f.id()).projectId(f.projectId()).projectKey(f.projectKey())
                .slug(d.slug()).title(d.title()).description(d.description())
                .itemType(WorkItemType.fromValue(d.itemType().name())).access(FormAccess.fromValue(d.access().name()))
                .confirmation(d.confirmation()).fields(d.fields().stream().map(FormDtos::field).toList())
                .version(f.version()).createdAt(f.createdAt().atOffset(ZoneOffset.UTC))
                .updatedAt(f.updatedAt().atOffset(ZoneOffset.UTC));
    }

    static FormList forms(Page<Form> page) {
        return new FormList().items(page.items().stream().map(FormDtos::form).toList()).nextCursor(page.nextCursor());
    }

    static PublicForm open(Form f) {
        FormDefinition d = f.definition();
        return new PublicForm().slug(d.slug()).title(d.title()).description(d.description())
                .access(FormAccess.fromValue(d.access().name())).schema(FormSchema.schema(f)).ui(FormSchema.ui(f));
    }

    static FormReceipt receipt(String slug, FormIntake.Receipt r) {
        return new FormReceipt().token(r.token().value())
                .statusUrl("/api/v1/forms/" + slug + "/submissions/" + r.token().value()).confirmation(r.confirmation());
    }

    static FormSubmissionStatus status(PublicForms.Status s) {
        return new FormSubmissionStatus().status(s.status()).statusName(s.statusName())
                .category(s.category() == null ? null : StateCategory.fromValue(s.category()));
    }

    private static io.worklane.openapi.model.FormField field(FormField f) {
        return new io.worklane.openapi.model.FormField().key(f.key()).label(f.label()).helpText(f.helpText())
                .type(FormFieldType.fromValue(f.type().name())).target(f.target()).required(f.required())
                .options(f.options()).minLength(f.minLength()).maxLength(f.maxLength()).minimum(decimal(f.minimum()))
                .maximum(decimal(f.maximum())).pattern(f.pattern());
    }

    private static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }
}

package io.worklane.api.rest.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.worklane.domain.form.FormAccess;
import io.worklane.domain.form.FormDefinition;
import io.worklane.domain.form.FormField;
import io.worklane.domain.form.FormFieldType;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.openapi.model.FormCreate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Form requests of the REST contract as domain values, field by field. */
final class FormRequests {
    private FormRequests() {
    }

    static FormDefinition definition(FormCreate b) {
        return new FormDefinition(b.getSlug(), b.getTitle(), b.getDescription(),
                b.getItemType() == null ? null : WorkItemType.valueOf(b.getItemType().name()),
                b.getAccess() == null ? null : FormAccess.valueOf(b.getAccess().name()), b.getConfirmation(),
                b.getFields() == null ? List.of() : b.getFields().stream().map(FormRequests::field).toList());
    }

    static FormField field(io.worklane.openapi.model.FormField f) {
        return new FormField(f.getKey(), f.getLabel(), f.getHelpText(),
                f.getType() == null ? null : FormFieldType.valueOf(f.getType().name()), f.getTarget(),
                Boolean.TRUE.equals(f.getRequired()), f.getOptions(), f.getMinLength(), f.getMaxLength(),
                decimal(f.getMinimum()), decimal(f.getMaximum()), f.getPattern());
    }

    /** The fields of a merge patch, read as the contract's FormField (a malformed one is 400 on {@code fields}). */
    static List<FormField> fields(ObjectMapper json, List<Map<String, Object>> raw) {
        try {
            return raw.stream().map(m -> field(json.convertValue(m, io.worklane.openapi.model.FormField.class))).toList();
        } catch (IllegalArgumentException e) {
            throw DomainException.validation(List.of(new FieldError("fields", "INVALID_VALUE",
                    "each field is an object of FormField: key, label, type, target and optional checks")));
        }
    }

    private static Double decimal(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }
}

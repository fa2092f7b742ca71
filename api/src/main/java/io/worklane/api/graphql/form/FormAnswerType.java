package io.worklane.api.graphql.form;

import io.worklane.domain.form.FormFieldType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("FormFieldType")
@Description("How a form field is answered: TEXT, LONG_TEXT, EMAIL, URL (strings), NUMBER, DATE (YYYY-MM-DD), SELECT (one "
        + "option), MULTI_SELECT (a list of options) or CHECKBOX (true or false).")
public enum FormAnswerType {
    TEXT, LONG_TEXT, EMAIL, URL, NUMBER, DATE, SELECT, MULTI_SELECT, CHECKBOX;

    FormFieldType domain() {
        return FormFieldType.valueOf(name());
    }

    static FormAnswerType of(FormFieldType type) {
        return valueOf(type.name());
    }
}

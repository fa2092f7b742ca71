package io.worklane.domain.form;

/** How a form field is answered; each maps onto a JSON Schema type and a front end's input. */
public enum FormFieldType {
    TEXT, LONG_TEXT, EMAIL, URL, NUMBER, DATE, SELECT, MULTI_SELECT, CHECKBOX;

    public boolean hasOptions() {
        return this == SELECT || this == MULTI_SELECT;
    }

    public boolean isText() {
        return this == TEXT || this == LONG_TEXT || this == EMAIL || this == URL;
    }
}

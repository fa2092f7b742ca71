package io.worklane.domain.project;

/** The type of a custom field; values are validated by it. */
public enum CustomFieldType {
    TEXT, NUMBER, DATE, SELECT, MULTI_SELECT, USER, MONEY, CHECKBOX, URL;

    public boolean hasOptions() {
        return this == SELECT || this == MULTI_SELECT;
    }
}

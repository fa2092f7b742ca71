package io.worklane.domain.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as a JSON Schema (draft 2020-12) of its submission body, plus display hints: the order of the fields,
 * their labels, help texts and widgets, and which field is the honeypot to hide. Any front end can render and
 * check a submission from these two alone; the server checks it again, with the same rules.
 */
public final class FormSchema {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private FormSchema() {
    }

    public static Map<String, Object> schema(Form form) {
        FormDefinition d = form.definition();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(FormAnswers.EMAIL, Map.of("type", "string", "format", "email", "maxLength", 254,
                "title", "Your email"));
        List<String> required = new ArrayList<>(List.of(FormAnswers.EMAIL));
        for (FormField f : d.fields()) {
            properties.put(f.key(), property(f));
            if (f.required()) {
                required.add(f.key());
            }
        }
        properties.put(FormAnswers.HONEYPOT, Map.of("type", "string", "maxLength", 0));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DIALECT);
        schema.put("title", d.title());
        if (d.description() != null) {
            schema.put("description", d.description());
        }
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    /** How a front end shows the form: field order, labels, help texts, widgets, the honeypot to hide. */
    public static Map<String, Object> ui(Form form) {
        List<String> order = new ArrayList<>(List.of(FormAnswers.EMAIL));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(FormAnswers.EMAIL, hint("Your email", "We write to you there about your request.", "email"));
        for (FormField f : form.definition().fields()) {
            order.add(f.key());
            fields.put(f.key(), hint(f.label(), f.helpText(), widget(f.type())));
        }
        Map<String, Object> ui = new LinkedHashMap<>();
        ui.put("order", order);
        ui.put("fields", fields);
        ui.put("hidden", List.of(FormAnswers.HONEYPOT));
        return ui;
    }

    private static Map<String, Object> property(FormField f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", f.label());
        if (f.helpText() != null) {
            p.put("description", f.helpText());
        }
        switch (f.type()) {
            case TEXT, LONG_TEXT, EMAIL, URL -> text(f, p);
            case NUMBER -> {
                p.put("type", "number");
                putIfSet(p, "minimum", f.minimum());
                putIfSet(p, "maximum", f.maximum());
            }
            case DATE -> p.putAll(Map.of("type", "string", "format", "date"));
            case CHECKBOX -> p.put("type", "boolean");
            case SELECT -> p.putAll(Map.of("type", "string", "enum", f.options()));
            case MULTI_SELECT -> p.putAll(Map.of("type", "array", "uniqueItems", true,
                    "items", Map.of("type", "string", "enum", f.options())));
        }
        return p;
    }

    private static void text(FormField f, Map<String, Object> p) {
        p.put("type", "string");
        if (f.type() == FormFieldType.EMAIL) {
            p.put("format", "email");
        } else if (f.type() == FormFieldType.URL) {
            p.put("format", "uri");
        }
        putIfSet(p, "minLength", f.minLength());
        p.put("maxLength", FormAnswers.limit(f));
        putIfSet(p, "pattern", f.pattern());
    }

    private static Map<String, Object> hint(String label, String help, String widget) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("label", label);
        if (help != null) {
            h.put("help", help);
        }
        h.put("widget", widget);
        return h;
    }

    private static String widget(FormFieldType type) {
        return switch (type) {
            case TEXT -> "text";
            case LONG_TEXT -> "textarea";
            case EMAIL -> "email";
            case URL -> "url";
            case NUMBER -> "number";
            case DATE -> "date";
            case SELECT -> "select";
            case MULTI_SELECT -> "checkboxes";
            case CHECKBOX -> "checkbox";
        };
    }

    private static void putIfSet(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}

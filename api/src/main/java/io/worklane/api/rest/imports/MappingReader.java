package io.worklane.api.rest.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.worklane.api.application.imports.ImportFormat;
import io.worklane.api.application.imports.ImportMapping;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.WorkItemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code mapping} part of an import (ImportMapping in the contract), read strictly: every fault at once. */
final class MappingReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PROPERTIES = Set.of("format", "project", "source", "dryRun", "columns", "states",
            "defaultType");

    private MappingReader() {
    }

    static ImportMapping read(String text) {
        JsonNode m;
        try {
            m = text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid("mapping", "MALFORMED_JSON", "the mapping is not JSON: " + e.getOriginalMessage());
        }
        if (m == null || !m.isObject()) {
            throw invalid("mapping", "REQUIRED", "send the mapping as the part 'mapping': a JSON object such as"
                    + " {\"format\": \"CSV\", \"project\": \"OPS\", \"columns\": {\"Key\": \"externalId\", \"Summary\": \"title\"}}");
        }
        List<FieldError> errors = new ArrayList<>();
        m.fieldNames().forEachRemaining(name -> {
            if (!PROPERTIES.contains(name)) {
                errors.add(new FieldError("mapping." + name, "UNKNOWN_PROPERTY", "is not part of a mapping; use " + PROPERTIES));
            }
        });
        ImportFormat format = choice(m, "format", ImportFormat.values(), errors, true);
        WorkItemType type = choice(m, "defaultType", WorkItemType.values(), errors, false);
        String project = text(m, "project", errors);
        if (project == null) {
            errors.add(new FieldError("mapping.project", "REQUIRED", "name the project the items go to (its key or id)"));
        }
        String source = text(m, "source", errors);
        if (source != null && source.length() > 40) {
            errors.add(new FieldError("mapping.source", "TOO_LONG", "a source name has at most 40 characters"));
        }
        if (m.has("dryRun") && !m.get("dryRun").isBoolean()) {
            errors.add(new FieldError("mapping.dryRun", "INVALID_TYPE", "must be true or false"));
        }
        Map<String, String> columns = strings(m, "columns", errors);
        Map<String, String> states = strings(m, "states", errors);
        if (format == ImportFormat.CSV || format == ImportFormat.JSONL) {
            if (columns.isEmpty() && errors.isEmpty()) {
                errors.add(new FieldError("mapping.columns", "REQUIRED", "map the file's columns to fields, e.g."
                        + " {\"Key\": \"externalId\", \"Summary\": \"title\"}"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return new ImportMapping(format, project, source, m.path("dryRun").asBoolean(false), columns, states, type);
    }

    private static <E extends Enum<E>> E choice(JsonNode m, String field, E[] values, List<FieldError> errors,
                                                boolean required) {
        JsonNode v = m.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(new FieldError("mapping." + field, "REQUIRED", "must be one of " + Arrays.toString(values)));
            }
            return null;
        }
        return Arrays.stream(values).filter(e -> e.name().equals(v.asText())).findFirst().orElseGet(() -> {
            errors.add(new FieldError("mapping." + field, "INVALID_VALUE", "'" + v.asText() + "' is not one of "
                    + Arrays.toString(values)));
            return null;
        });
    }

    private static String text(JsonNode m, String field, List<FieldError> errors) {
        JsonNode v = m.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            errors.add(new FieldError("mapping." + field, "INVALID_TYPE", "must be a text"));
            return null;
        }
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static Map<String, String> strings(JsonNode m, String field, List<FieldError> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = m.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            errors.add(new FieldError("mapping." + field, "INVALID_TYPE", "must be an object of texts"));
            return out;
        }
        v.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                out.put(e.getKey(), e.getValue().asText());
            } else {
                errors.add(new FieldError("mapping." + field + "." + e.getKey(), "INVALID_TYPE", "must be a text"));
            }
        });
        return out;
    }

    private static DomainException invalid(String field, String code, String message) {
        return DomainException.validation(List.of(new FieldError(field, code, message)));
    }
}

package io.worklane.api.rest.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines by Jackson's streaming generator: one object per item and line, the fields of the REST
 * representation (absent values left out), custom fields nested under {@code customFields} with their
 * JSON values (money stays {@code {"amount","currency"}}).
 */
final class JsonlExportWriter implements ExportWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final JsonGenerator json;
    private final List<String> columns;
    private final int firstCustom;

    JsonlExportWriter(OutputStream out, List<String> columns) throws IOException {
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        this.json.setRootValueSeparator(null);
        this.columns = columns;
        int custom = 0;
        while (custom < columns.size() && !columns.get(custom).startsWith(ExportColumns.CUSTOM)) {
            custom++;
        }
        this.firstCustom = custom;
    }

    @Override
    public void row(List<Object> values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < firstCustom; i++) {
            if (values.get(i) != null) {
                json.writeFieldName(columns.get(i));
                value(values.get(i));
            }
        }
        json.writeObjectFieldStart("customFields");
        for (int i = firstCustom; i < columns.size(); i++) {
            if (values.get(i) != null) {
                json.writeFieldName(columns.get(i).substring(ExportColumns.CUSTOM.length()));
                value(values.get(i));
            }
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void value(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object o : list) {
                value(o);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                value(e.getValue());
            }
            json.writeEndObject();
        } else {
            json.writeString(Cells.text(value));
        }
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}

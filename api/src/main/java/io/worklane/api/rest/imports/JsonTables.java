package io.worklane.api.rest.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.worklane.api.application.imports.SourceTable;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * JSON Lines files and Trello exports as tables. A JSON Lines row is one object per line (its line is its row);
 * its values become text (a list joins its entries with commas). A Trello export's cards become rows with the
 * columns id, name, desc, list (the name of the card's list), labels, due and closed (its place in "cards" is
 * its row).
 */
final class JsonTables {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonTables() {
    }

    static SourceTable jsonLines(String text) {
        List<SourceTable.Row> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node = parse(lines[i], i + 1);
            if (!node.isObject()) {
                throw problem(i + 1, "1", "NOT_AN_OBJECT", "each line must be one JSON object");
            }
            Map<String, String> values = new LinkedHashMap<>();
            int line = i + 1;
            node.fields().forEachRemaining(f -> values.put(f.getKey(), text(f.getValue(), line, f.getKey())));
            columns.addAll(values.keySet());
            rows.add(new SourceTable.Row(line, values));
        }
        return new SourceTable(null, rows);
    }

    static SourceTable trello(String text) {
        JsonNode board = parse(text, 1);
        if (!board.path("cards").isArray()) {
            throw problem(1, "cards", "NOT_A_TRELLO_EXPORT", "a Trello export is the board's JSON with a \"cards\""
                    + " list (Board menu → Print, export and share → Export as JSON)");
        }
        Map<String, String> lists = new LinkedHashMap<>();
        board.path("lists").forEach(l -> lists.put(l.path("id").asText(), l.path("name").asText()));
        List<SourceTable.Row> rows = new ArrayList<>();
        int row = 0;
        for (JsonNode card : board.path("cards")) {
            row++;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("id", card.path("id").asText(null));
            values.put("name", card.path("name").asText(null));
            values.put("desc", card.path("desc").asText(null));
            values.put("list", lists.get(card.path("idList").asText()));
            values.put("labels", String.join(",", StreamSupport.stream(card.path("labels").spliterator(), false)
                    .map(l -> l.path("name").asText("")).filter(n -> !n.isBlank()).toList()));
            values.put("due", card.path("due").isNull() ? null : card.path("due").asText(null));
            values.put("closed", card.path("closed").asText("false"));
            rows.add(new SourceTable.Row(row, values));
        }
        return new SourceTable(List.of("id", "name", "desc", "list", "labels", "due", "closed"), rows);
    }

    private static JsonNode parse(String text, int line) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw problem(line, Integer.toString(e.getLocation() == null ? 1 : e.getLocation().getColumnNr()),
                    "MALFORMED_JSON", "this is not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static String text(JsonNode value, int line, String key) {
        if (value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> entries = new ArrayList<>();
            value.forEach(v -> entries.add(v.isValueNode() ? v.asText() : null));
            if (entries.contains(null)) {
                throw problem(line, key, "NOT_A_VALUE", "a list may hold texts and numbers only");
            }
            return String.join(",", entries);
        }
        if (value.isObject()) {
            throw problem(line, key, "NOT_A_VALUE", "a value must be a text, number, true/false or a list of them");
        }
        String text = value.asText();
        if (text.length() > CsvTables.MAX_CELL) {
            throw problem(line, key, "CELL_TOO_LARGE", "the value has more than " + CsvTables.MAX_CELL + " characters");
        }
        return text;
    }

    static DomainException problem(int row, String column, String code, String message) {
        return DomainException.validation(List.of(FieldError.inFile(row, column, code, "Row " + row + ", column "
                + column + ": " + message + ".")));
    }
}

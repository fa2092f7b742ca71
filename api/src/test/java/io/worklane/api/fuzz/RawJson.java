package io.worklane.api.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON text with pieces no mapper writes: numbers like {@code 1e400}, escapes of lone surrogates,
 * nesting thousands deep, invalid tokens. A tree holds a placeholder string where such a piece goes;
 * {@link #write} puts the raw text in its place. Non-ASCII characters are written as escapes, so a
 * lone surrogate in a generated string becomes {@code \ud800} and the body stays valid UTF-8.
 */
final class RawJson {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Map<String, String> pieces = new LinkedHashMap<>();

    /** A placeholder for the raw JSON text {@code json}. */
    TextNode raw(String json) {
        String token = "@@raw" + pieces.size() + "@@";
        pieces.put(token, json);
        return TextNode.valueOf(token);
    }

    String write(JsonNode tree) {
        String text;
        try {
            text = MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, String> piece : pieces.entrySet()) {
            text = text.replace("\"" + piece.getKey() + "\"", piece.getValue());
        }
        return text;
    }

    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }
}

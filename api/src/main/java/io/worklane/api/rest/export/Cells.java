package io.worklane.api.rest.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Values as the text of a CSV field or spreadsheet cell: ISO-8601 dates and instants, plain decimals,
 * money as {@code 1200.00 EUR}, lists joined by {@code "; "}.
 */
final class Cells {
    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Cells::text).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> m && m.containsKey("amount") && m.containsKey("currency")) {
            return text(m.get("amount")) + " " + text(m.get("currency"));
        }
        return value.toString(); // String, UUID, LocalDate and Instant (ISO-8601, UTC) print themselves
    }

    /**
     * Whether a spreadsheet would read this text as a formula (OWASP "CSV injection"): it starts with
     * {@code = + - @}, a tab or a carriage return. Numbers are written as numbers and never need it.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

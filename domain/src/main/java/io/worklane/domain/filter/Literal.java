package io.worklane.domain.filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A value compared with a custom field, whose type is only known at evaluation: it keeps every
 * reading the token allows and picks the one that fits the field's runtime value.
 */
public record Literal(String text, BigDecimal number, LocalDate date, RelativeDate relative, Boolean bool) {

    static Literal of(Token token) {
        String text = token.value();
        BigDecimal number = token.type() == Token.Type.NUMBER ? new BigDecimal(text) : null;
        boolean word = token.type() == Token.Type.WORD;
        Boolean bool = word && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))
                ? Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT)) : null;
        return new Literal(text, number, isoDate(text), word ? RelativeDate.parse(text) : null, bool);
    }

    /** This literal read as the same type as {@code actual}, or null when it cannot be. */
    Object as(Object actual, LocalDate today) {
        if (actual instanceof BigDecimal) {
            return number;
        }
        if (actual instanceof Boolean) {
            return bool;
        }
        if (actual instanceof String s) {
            LocalDate d = date != null ? date : relative != null ? relative.on(today) : null;
            return d != null && isoDate(s) != null ? d : text;
        }
        return null;
    }

    public static LocalDate isoDate(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return number != null || date != null || relative != null || bool != null ? text : Values.render(text);
    }
}

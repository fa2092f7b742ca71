package io.worklane.domain.filter;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads a literal token as the type its field holds, refusing what does not fit. */
final class Values {
    private Values() {
    }

    static Object of(Field field, Token token) {
        return switch (field.kind()) {
            case TEXT, TEXT_LIST -> token.value();
            case PRIORITY -> constant(Priority.class, "priority", token);
            case ITEM_TYPE -> constant(WorkItemType.class, "type", token);
            case ID, ID_LIST -> id(field, token);
            case DATE -> date(field, token);
            case NUMBER -> number(field, token);
            case DYNAMIC -> Literal.of(token);
        };
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String what, Token token) {
        if (token.type() == Token.Type.WORD || token.type() == Token.Type.STRING) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(token.value())) {
                    return e;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new FilterProblem("Unknown " + what + " " + quoted(token), token.position(), "allowed: " + allowed);
    }

    private static UUID id(Field field, Token token) {
        UUID id = token.type() == Token.Type.NUMBER ? null : Ids.parseOrNull(token.value());
        if (id == null) {
            String what = field.name().equals("parent") ? "a work item id" : "a member id";
            throw new FilterProblem("Expected " + what + " (a UUID) for '" + field.name() + "'", token.position(),
                    token.found());
        }
        return id;
    }

    private static Object date(Field field, Token token) {
        LocalDate date = token.type() == Token.Type.DATE || token.type() == Token.Type.STRING
                ? Literal.isoDate(token.value()) : null;
        RelativeDate relative = token.type() == Token.Type.WORD ? RelativeDate.parse(token.value()) : null;
        if (date == null && relative == null) {
            throw new FilterProblem("Expected a date for '" + field.name() + "'", token.position(),
                    token.found() + "; write YYYY-MM-DD, today, today+3d or today-1d");
        }
        return date != null ? date : relative;
    }

    private static BigDecimal number(Field field, Token token) {
        if (token.type() != Token.Type.NUMBER) {
            throw new FilterProblem("Expected a number for '" + field.name() + "'", token.position(), token.found());
        }
        return new BigDecimal(token.value());
    }

    private static String quoted(Token token) {
        return token.type() == Token.Type.STRING ? token.text() : "'" + token.text() + "'";
    }

    /** A value as a filter would spell it, for the canonical form of an expression. */
    static String render(Object value) {
        return value instanceof String s ? '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'
                : String.valueOf(value);
    }
}

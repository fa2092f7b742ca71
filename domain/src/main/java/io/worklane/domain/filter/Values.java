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
            case MEMBER, MEMBER_LIST -> member(field, token);
            case ITEM, ITEM_LIST -> reference(field, token, Ref.ITEM_KEY, Ref.Kind.ITEM_KEY, "a work item id or key (ENG-7)");
            case PROJECT -> reference(field, token, Ref.PROJECT_KEY, Ref.Kind.PROJECT_KEY, "a project id or key (ENG)");
            case CATEGORY -> constant(io.worklane.domain.workflow.StateCategory.class, "state category", token);
            case BOOLEAN -> bool(field, token);
            case SEARCH -> token.value();
        };
    }

    private static Object member(Field field, Token token) {
        UUID id = token.type() == Token.Type.NUMBER ? null : Ids.parseOrNull(token.value());
        if (id != null) {
            return id;
        }
        if (token.type() == Token.Type.WORD && token.value().equalsIgnoreCase("me")) {
            return Ref.me();
        }
        if (token.type() == Token.Type.STRING && token.value().matches("[^@\\s]+@[^@\\s]+")) {
            return Ref.email(token.value());
        }
        throw new FilterProblem("Expected a member for '" + field.name() + "'", token.position(),
                token.found() + "; write a member id, me or a quoted email");
    }

    private static Object reference(Field field, Token token, java.util.regex.Pattern key, Ref.Kind kind, String what) {
        UUID id = token.type() == Token.Type.NUMBER ? null : Ids.parseOrNull(token.value());
        if (id != null) {
            return id;
        }
        if ((token.type() == Token.Type.WORD || token.type() == Token.Type.STRING) && key.matcher(token.value()).matches()) {
            return new Ref(kind, token.value());
        }
        throw new FilterProblem("Expected " + what + " for '" + field.name() + "'", token.position(), token.found());
    }

    private static Boolean bool(Field field, Token token) {
        if (token.type() == Token.Type.WORD && (token.is("true") || token.is("false"))) {
            return Boolean.valueOf(token.value().equalsIgnoreCase("true"));
        }
        throw new FilterProblem("Expected true or false for '" + field.name() + "'", token.position(), token.found());
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

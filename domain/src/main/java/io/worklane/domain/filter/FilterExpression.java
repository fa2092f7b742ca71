package io.worklane.domain.filter;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// PLACEHOLDER for the workflow branch: replaced at merge by the real filter language (same API).
/**
 * A parsed filter over work items. This stand-in knows only {@code field = value} and
 * {@code field != value} over {@code status}, {@code priority} and {@code type}.
 */
public final class FilterExpression {
    private static final Pattern FIELD = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*");
    private static final Pattern OPERATOR = Pattern.compile("(!=|=)\\s*");
    private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9_]+)\\s*$");
    private static final Set<String> FIELDS = Set.of("status", "priority", "type");

    private final String text;
    private final String field;
    private final boolean negated;
    private final String value;

    private FilterExpression(String text, String field, boolean negated, String value) {
        this.text = text;
        this.field = field;
        this.negated = negated;
        this.value = value;
    }

    public static FilterExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(0, "a filter expression is required");
        }
        Matcher m = FIELD.matcher(text);
        if (!m.lookingAt()) {
            throw invalid(0, "expected a field name");
        }
        String field = m.group(1);
        if (!FIELDS.contains(field)) {
            throw invalid(m.start(1), "unknown field '" + field + "'; known fields are priority, status and type");
        }
        int at = m.end();
        m = OPERATOR.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            throw invalid(at, "expected = or !=");
        }
        boolean negated = m.group(1).equals("!=");
        at = m.end();
        m = VALUE.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            throw invalid(at, "expected a single value such as HIGH or in_progress");
        }
        String value = m.group(1);
        if (field.equals("priority") && !isEnum(Priority.class, value)
                || field.equals("type") && !isEnum(WorkItemType.class, value)) {
            throw invalid(m.start(1), "unknown " + field + " '" + value + "'");
        }
        return new FilterExpression(text, field, negated, value);
    }

    public boolean matches(WorkItem item) {
        boolean equal = switch (field) {
            case "status" -> value.equals(item.status());
            case "priority" -> item.priority() != null && item.priority().name().equalsIgnoreCase(value);
            default -> item.type() != null && item.type().name().equalsIgnoreCase(value);
        };
        return equal != negated;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static DomainException invalid(int position, String problem) {
        String message = "at position " + position + ": " + problem;
        return DomainException.validation(List.of(new FieldError("filter", "INVALID_FILTER", message)));
    }
}

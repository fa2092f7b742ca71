package io.worklane.domain.filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides one comparison. A list value matches when any of its entries does, a single value is a
 * list of one. {@code !=}, {@code NOT IN} and {@code IS NOT EMPTY} are the exact negations of
 * {@code =}, {@code IN} and {@code IS EMPTY}; every other operator is false on an empty value and
 * on a value of another type than the literal.
 */
final class Evaluator {
    private Evaluator() {
    }

    static boolean test(Node.Predicate p, Object actual, FilterContext context) {
        return switch (p.operator()) {
            case IS_EMPTY -> isEmpty(actual);
            case IS_NOT_EMPTY -> !isEmpty(actual);
            case NE -> !any(actual, Operator.EQ, p.values(), context);
            case NOT_IN -> !any(actual, Operator.EQ, p.values(), context);
            case IN, CONTAINS -> any(actual, Operator.EQ, p.values(), context);
            default -> any(actual, p.operator(), p.values(), context);
        };
    }

    static boolean isEmpty(Object actual) {
        return actual == null || actual instanceof String s && s.isBlank()
                || actual instanceof Collection<?> c && c.isEmpty() || actual instanceof Map<?, ?> m && m.isEmpty();
    }

    private static boolean any(Object actual, Operator op, List<Object> expected, FilterContext context) {
        if (isEmpty(actual)) {
            return false;
        }
        Collection<?> entries = actual instanceof Collection<?> c ? c : List.of(actual);
        for (Object entry : entries) {
            for (Object e : expected) {
                if (entry != null && holds(op, normalised(entry), e, context)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holds(Operator op, Object actual, Object expected, FilterContext context) {
        LocalDate today = context.today();
        Object e = expected instanceof Literal l ? l.as(actual, today)
                : expected instanceof RelativeDate r ? r.on(today)
                : expected instanceof Ref ref ? context.resolve(ref) : expected;
        if (op == Operator.TEXT_CONTAINS) {
            Object text = expected instanceof Literal l ? l.text() : e;
            return actual instanceof String a && text instanceof String t
                    && a.toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT));
        }
        Integer c = compare(actual, e);
        return c != null && switch (op) {
            case EQ -> c == 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> false;
        };
    }

    /** Numbers as decimals (so 100 = 100.0), a money value as its amount. */
    private static Object normalised(Object actual) {
        if (actual instanceof Map<?, ?> money && money.get("amount") instanceof String amount) {
            try {
                return new BigDecimal(amount);
            } catch (NumberFormatException e) {
                return actual;
            }
        }
        if (actual instanceof Number n && !(actual instanceof BigDecimal)) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return actual; // NaN and infinities compare with nothing
            }
        }
        return actual;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Integer compare(Object actual, Object expected) {
        if (expected == null) {
            return null;
        }
        if (actual instanceof String s && expected instanceof LocalDate) {
            actual = Literal.isoDate(s);
        }
        if (actual instanceof Comparable a && actual.getClass() == expected.getClass()) {
            return a.compareTo(expected);
        }
        return null;
    }
}

package io.worklane.domain.filter;

import io.worklane.domain.project.CustomFieldType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a list filter's custom fields against the workspace's definitions: the key must be defined
 * in some project, and the literal must fit the field's type (a number for NUMBER and MONEY, a date for
 * DATE, true/false for CHECKBOX; {@code ~} only on text-like types). A key defined with several types
 * in different projects passes when one of them fits.
 */
final class CustomFieldCheck {
    private static final Set<CustomFieldType> TEXTUAL = EnumSet.of(CustomFieldType.TEXT, CustomFieldType.URL,
            CustomFieldType.SELECT, CustomFieldType.MULTI_SELECT, CustomFieldType.USER);

    private CustomFieldCheck() {
    }

    static void check(Node node, Map<String, Set<CustomFieldType>> defined) {
        if (node instanceof Node.All all) {
            all.parts().forEach(p -> check(p, defined));
        } else if (node instanceof Node.Any any) {
            any.parts().forEach(p -> check(p, defined));
        } else if (node instanceof Node.Not not) {
            check(not.inner(), defined);
        } else if (node instanceof Node.Predicate p && p.field().customKey() != null) {
            predicate(p, defined);
        }
    }

    private static void predicate(Node.Predicate p, Map<String, Set<CustomFieldType>> defined) {
        String key = p.field().customKey();
        Set<CustomFieldType> types = defined.get(key);
        if (types == null) {
            throw new FilterProblem("Unknown field '" + p.field().name() + "'", p.position(),
                    "custom fields of this workspace: " + (defined.isEmpty() ? "none"
                            : String.join(", ", new TreeSet<>(defined.keySet()).stream()
                            .map(k -> FilterFields.CUSTOM_PREFIX + k).toList())));
        }
        if (p.operator().takesNoValue()) {
            return;
        }
        boolean fits = types.stream().anyMatch(type -> p.values().stream()
                .allMatch(v -> fits(type, p.operator(), (Literal) v)));
        if (!fits) {
            throw new FilterProblem("'" + p.field().name() + "' is " + types.iterator().next()
                    + " and cannot be compared with " + p.values(), p.position(), expected(types.iterator().next()));
        }
    }

    private static boolean fits(CustomFieldType type, Operator op, Literal literal) {
        if (op == Operator.TEXT_CONTAINS) {
            return TEXTUAL.contains(type);
        }
        return switch (type) {
            case NUMBER, MONEY -> literal.number() != null;
            case DATE -> literal.date() != null || literal.relative() != null;
            case CHECKBOX -> literal.bool() != null && (op == Operator.EQ || op == Operator.NE
                    || op == Operator.IN || op == Operator.NOT_IN);
            default -> true;
        };
    }

    private static String expected(CustomFieldType type) {
        return switch (type) {
            case NUMBER, MONEY -> "compare it with a number, e.g. 100 or 99.5";
            case DATE -> "compare it with a date: YYYY-MM-DD, today, today+3d or today-1d";
            case CHECKBOX -> "compare it with = true or = false";
            default -> "'~' applies to text, url, select, multi-select and user fields";
        };
    }
}

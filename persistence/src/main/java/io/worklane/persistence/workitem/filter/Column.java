package io.worklane.persistence.workitem.filter;

import io.worklane.domain.filter.Operator;

/** One filterable field as SQL: when it is empty, and how it compares with one value. */
interface Column {
    /** A condition that is never NULL. */
    String empty();

    /** A condition on a non-empty value; may be NULL (the caller coalesces). */
    String compare(Operator op, Object value);

    /** The SQL comparison operator of a filter operator that compares. */
    static String sql(Operator op) {
        return switch (op) {
            case EQ -> "=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        };
    }

    /** A LIKE pattern that finds {@code text} anywhere, its wildcards escaped. */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Whitespace as Java's isBlank sees it (the evaluator's rule for an empty text). */
    String BLANK = "E' \\t\\n\\r\\f\\u000B'";

    /** A column that is never empty. */
    @FunctionalInterface
    interface Simple extends Column {
        @Override
        default String empty() {
            return "false";
        }
    }
}

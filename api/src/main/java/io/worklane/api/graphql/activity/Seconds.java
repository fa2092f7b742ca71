package io.worklane.api.graphql.activity;

/**
 * GraphQL's Int is 32 bits (68 years in seconds); the schema keeps Int rather than a BigInteger scalar
 * for these figures, and a figure beyond it is shown as the largest Int, never wrapped around.
 */
final class Seconds {
    private Seconds() {
    }

    static int asInt(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    static Integer asInteger(Long value) {
        return value == null ? null : asInt(value);
    }
}

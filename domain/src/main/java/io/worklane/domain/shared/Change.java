package io.worklane.domain.shared;

import java.util.function.Function;

/**
 * One field of a partial update (JSON Merge Patch semantics): absent leaves the field as it is,
 * present with null clears it, present with a value sets it.
 */
public record Change<T>(boolean present, T value) {
    private static final Change<?> ABSENT = new Change<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Change<T> absent() {
        return (Change<T>) ABSENT;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    /** The new value when present, else the current one. */
    public T or(T current) {
        return present ? value : current;
    }

    public <R> Change<R> map(Function<T, R> mapper) {
        return present ? new Change<>(true, value == null ? null : mapper.apply(value)) : absent();
    }
}

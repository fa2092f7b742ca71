package io.worklane.domain.shared;

/** What page the caller wants: at most {@code limit} items after the position the cursor encodes. */
public record PageRequest(int limit, Cursor after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, Cursor after) {
        int value = limit == null ? DEFAULT_LIMIT : limit;
        if (value < 1 || value > MAX_LIMIT) {
            throw DomainException.validation(java.util.List.of(new FieldError("limit", "OUT_OF_RANGE",
                    "must be between 1 and " + MAX_LIMIT)));
        }
        return new PageRequest(value, after);
    }
}

package io.worklane.persistence.shared;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Builds a WHERE clause and its positional parameters ($1, $2 …) together, so they never drift apart. */
public final class Params {
    private final List<Object> values = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();

    /** Adds a value and returns its placeholder. */
    public String add(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    /** Adds a condition; use {@code ?} where the value goes. */
    public Params where(String condition, Object value) {
        conditions.add(condition.replace("?", add(value)));
        return this;
    }

    public Params whereIf(boolean apply, String condition, Object value) {
        return apply ? where(condition, value) : this;
    }

    public Params where(String condition) {
        conditions.add(condition);
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Tuple tuple() {
        return Tuple.from(values);
    }
}

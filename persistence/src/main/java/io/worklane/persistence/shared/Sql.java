package io.worklane.persistence.shared;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The read side: plain SQL on the reactive pool, outside any write transaction. Lists and batch
 * loads go through here so that concurrent GraphQL resolvers never share a session, and every
 * statement is counted ({@link StatementCounter}) so tests can prove there is no N+1.
 */
@ApplicationScoped
public class Sql {
    private final Pool pool;
    private final StatementCounter counter;

    public Sql(Pool pool, StatementCounter counter) {
        this.pool = pool;
        this.counter = counter;
    }

    public Uni<RowSet<Row>> query(String sql, Tuple params) {
        counter.increment();
        return pool.preparedQuery(sql).execute(params);
    }

    /** One statement run for each parameter row, in a transaction of its own: all rows are written or none. */
    public Uni<Void> batch(String sql, List<Tuple> rows) {
        counter.increment();
        return pool.withTransaction(conn -> conn.preparedQuery(sql).executeBatch(rows)).replaceWithVoid();
    }

    public <T> Uni<List<T>> list(String sql, Tuple params, Function<Row, T> mapper) {
        return query(sql, params).map(rows -> {
            List<T> out = new ArrayList<>(rows.size());
            rows.forEach(r -> out.add(mapper.apply(r)));
            return out;
        });
    }

    public <T> Uni<java.util.Optional<T>> one(String sql, Tuple params, Function<Row, T> mapper) {
        return list(sql, params, mapper).map(l -> l.stream().findFirst());
    }
}

package io.worklane.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.workitem.filter.FilterSql;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compiled conditions are ones an index can answer: with sequential and plain index scans priced
 * out, only a bitmap scan whose index matches a condition remains, so the plan names the index that
 * serves it (a condition no index can serve would still scan the table).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class FilterIndexesTest {
    private static final String ID = "0193d0a4-0000-7c2a-9b1d-3e5f6a7b8c9d";

    @Inject
    Pool pool;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "title ~ \"login\"                 | work_items_title_trgm",
            "text ~ \"login\"                  | work_items_description_trgm",
            "description ~ \"login\"           | work_items_description_trgm",
            "labels CONTAINS \"customer\"      | work_items_labels",
            "assignee = " + ID + "             | work_items_assignees",
            "reporter = " + ID + "             | work_items_reporter",
            "parent = " + ID + "               | work_items_parent",
            "phase = " + ID + "                | work_items_phase"})
    void aConditionIsPlannedThroughItsIndex(String filter, String index) {
        assertThat(plan(filter)).as(filter).contains(index);
    }

    private String plan(String filter) {
        Params p = new Params();
        p.where(FilterSql.compile(FilterExpression.parseForList(filter, "filter"),
                new FilterSql.Scope(p, UUID.fromString(ID), null, LocalDate.now())));
        String explain = "EXPLAIN SELECT w.id FROM work_items w" + p.clause();
        return pool.withTransaction(conn -> conn.query("SET LOCAL enable_seqscan = off").execute()
                        .chain(() -> conn.query("SET LOCAL enable_indexscan = off").execute())
                        .chain(() -> conn.query("SET LOCAL enable_indexonlyscan = off").execute())
                        .chain(() -> conn.preparedQuery(explain).execute(p.tuple())))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(Row::toJson)
                        .map(Object::toString).collect(Collectors.joining("\n")))
                .await().indefinitely();
    }
}

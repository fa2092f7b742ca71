package io.worklane.api.query;

import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.filter.FilterContext;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.domain.workitem.WorkItems;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The list filter is the filter language: for every atom (through {@code GET …/work-items?filter=}) and
 * 200 random combinations (fixed seed, through the repository, to stay fast), the items PostgreSQL
 * returns are exactly those the in-memory evaluator (guards, automation) accepts on the same data.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class FilterAgreementTest {
    private static final int CASES = 200;

    @Inject
    WorkItems workItems;

    @Test
    void sqlAndTheEvaluatorAnswerTheSameItems() {
        FilterFixture fixture = new FilterFixture();
        List<WorkItem> items = allItems(fixture.ws);
        FilterContext context = fixture.context(items);
        FilterExpressions generator = new FilterExpressions(14L, fixture);
        int discriminating = 0;
        for (String atom : generator.atoms()) {
            Set<String> expected = evaluated(atom, items, context);
            assertThat(listed(fixture.ws, atom)).as(atom).isEqualTo(expected);
            discriminating += splits(expected, items);
        }
        UUID ws = items.get(0).workspaceId();
        for (int i = 0; i < CASES; i++) {
            String expression = generator.next(3);
            Set<String> expected = evaluated(expression, items, context);
            assertThat(selected(ws, expression)).as(expression).isEqualTo(expected);
            discriminating += splits(expected, items);
        }
        // most cases must split the items, else agreement would prove little
        assertThat(discriminating).isGreaterThan((generator.atoms().size() + CASES) / 2);
    }

    private static int splits(Set<String> matched, List<WorkItem> items) {
        return !matched.isEmpty() && matched.size() < items.size() ? 1 : 0;
    }

    private Set<String> selected(UUID ws, String expression) {
        WorkItemFilter filter = WorkItemFilter.ANY.matching(FilterExpression.parseForList(expression, "filter"), null);
        Set<String> keys = new TreeSet<>();
        workItems.list(ws, filter, WorkItemSort.CREATED_ASC, PageRequest.of(200, null)).await().indefinitely()
                .items().forEach(w -> keys.add(w.key()));
        return keys;
    }

    private List<WorkItem> allItems(String ws) {
        UUID id = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200).extract().path("id"));
        return workItems.list(id, WorkItemFilter.ANY, WorkItemSort.CREATED_ASC, PageRequest.of(200, null))
                .await().indefinitely().items();
    }

    private static Set<String> evaluated(String expression, List<WorkItem> items, FilterContext context) {
        FilterExpression filter = FilterExpression.parseForList(expression, "filter");
        Set<String> keys = new TreeSet<>();
        items.stream().filter(w -> filter.matches(w, context)).forEach(w -> keys.add(w.key()));
        return keys;
    }

    private static Set<String> listed(String ws, String expression) {
        List<String> keys = asAdmin().queryParam("filter", expression).queryParam("limit", 200)
                .get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200).extract().path("items.key");
        return new TreeSet<>(keys);
    }
}

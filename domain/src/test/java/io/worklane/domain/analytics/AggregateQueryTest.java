package io.worklane.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AggregateQueryTest {

    @Test
    void readsDimensionsDateBucketsAndMetrics() {
        AggregateQuery q = AggregateQuery.parse(" status , createdAt:WEEK", "count,sum:estimateMinutes", "groupBy",
                "metrics");
        assertThat(q.groupBy()).containsExactly(new Dimension("status", null), new Dimension("createdAt", Interval.WEEK));
        assertThat(q.groupBy().get(1).text()).isEqualTo("createdAt:week");
        assertThat(q.metrics()).extracting(Metric::text).containsExactly("count", "sum:estimateMinutes");
        assertThat(AggregateQuery.parse(null, "", "g", "m").metrics()).containsExactly(Metric.COUNT);
    }

    @Test
    void refusesWhatItDoesNotKnowNamingWhatIsAllowed() {
        refused("colour", "count", ErrorCode.INVALID_GROUP_BY, "allowed: status, statusCategory");
        refused("status,type,label", "count", ErrorCode.INVALID_GROUP_BY, "at most 2");
        refused("status,status", "count", ErrorCode.INVALID_GROUP_BY, "repeated");
        refused("dueDate", "count", ErrorCode.INVALID_GROUP_BY, "dueDate:week");
        refused("status:day", "count", ErrorCode.INVALID_GROUP_BY, "unknown dimension");
        refused("status", "sum:title", ErrorCode.INVALID_METRIC, "sum|avg|min|max of estimateMinutes");
        refused("status", "count:estimateMinutes", ErrorCode.INVALID_METRIC, "unknown metric");
    }

    @Test
    void rangesDefaultToThirtyDaysAndStopAt366() {
        LocalDate today = LocalDate.parse("2026-03-10");
        assertThat(AnalyticsRange.of(null, null, today)).isEqualTo(new AnalyticsRange(LocalDate.parse("2026-02-09"), today));
        assertThat(AnalyticsRange.of(LocalDate.parse("2026-01-01"), null, today).to()).isEqualTo("2026-01-30");
        assertThat(AnalyticsRange.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01"), today)).isNotNull();
        assertThatThrownBy(() -> AnalyticsRange.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-02"), today))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.INVALID_DATE_RANGE));
        assertThatThrownBy(() -> AnalyticsRange.of(today, today.minusDays(1), today))
                .hasMessageContaining("before");
    }

    private static void refused(String groupBy, String metrics, ErrorCode code, String message) {
        assertThatThrownBy(() -> AggregateQuery.parse(groupBy, metrics, "groupBy", "metrics"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}

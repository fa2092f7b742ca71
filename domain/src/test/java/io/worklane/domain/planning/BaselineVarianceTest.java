package io.worklane.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The variance against a baseline, worked by hand on a calendar with a holiday (Monday 21 December 2026). */
class BaselineVarianceTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.of(List.of(LocalDate.of(2026, 12, 21)));
    private final UUID design = UUID.randomUUID();
    private final UUID review = UUID.randomUUID();
    private final UUID dropped = UUID.randomUUID();
    private final UUID added = UUID.randomUUID();

    @Test
    void variances_are_in_working_days_and_name_what_came_and_went() {
        Baseline then = baseline(List.of(item(design, "D-1", "2026-12-14", "2026-12-18", false),
                item(review, "D-2", "2026-12-18", "2026-12-18", true), item(dropped, "D-3", null, null, false)),
                "2026-12-18", new Money(new BigDecimal("1000.00"), "EUR"));
        List<BaselineItem> now = List.of(item(design, "D-1", "2026-12-15", "2026-12-22", false),
                item(review, "D-2", "2026-12-28", "2026-12-28", true), item(added, "D-4", null, null, false));

        BaselineVariance v = BaselineVariance.of(then, now, LocalDate.of(2026, 12, 28),
                new Money(new BigDecimal("1200.00"), "EUR"), CALENDAR);

        BaselineVariance.ItemVariance d = v.items().get(0);
        assertThat(d.startVarianceDays()).isEqualTo(1);
        // Friday 18th to Tuesday 22nd over the holiday: one working day
        assertThat(d.finishVarianceDays()).isEqualTo(1);
        // Friday 18th to Monday 28th: 22, 23, 24, 25, 28
        assertThat(v.milestones()).extracting(BaselineVariance.ItemVariance::key).containsExactly("D-2");
        assertThat(v.milestones().get(0).finishVarianceDays()).isEqualTo(5);
        assertThat(v.finishVarianceDays()).isEqualTo(5);
        assertThat(v.added()).extracting(BaselineItem::key).containsExactly("D-4");
        assertThat(v.removed()).extracting(BaselineItem::key).containsExactly("D-3");
        assertThat(v.bacVariance()).isEqualTo(new Money(new BigDecimal("200.00"), "EUR"));
    }

    @Test
    void missing_dates_and_other_currencies_give_no_variance() {
        Baseline then = baseline(List.of(item(design, "D-1", null, "2026-12-18", false)), null,
                new Money(new BigDecimal("10.00"), "USD"));
        BaselineVariance v = BaselineVariance.of(then, List.of(item(design, "D-1", "2026-12-14", null, false)),
                LocalDate.of(2026, 12, 28), new Money(new BigDecimal("10.00"), "EUR"), CALENDAR);
        assertThat(v.items().get(0).startVarianceDays()).isNull();
        assertThat(v.items().get(0).finishVarianceDays()).isNull();
        assertThat(v.finishVarianceDays()).isNull();
        assertThat(v.bacVariance()).isNull();
    }

    private static Baseline baseline(List<BaselineItem> items, String finish, Money bac) {
        return new Baseline(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Plan",
                finish == null ? null : LocalDate.parse(finish), bac, false, items, items.size(), "test", 0,
                Instant.now());
    }

    private static BaselineItem item(UUID id, String key, String start, String finish, boolean milestone) {
        return new BaselineItem(id, key, "Item " + key, milestone ? "MILESTONE" : "TASK",
                start == null ? null : LocalDate.parse(start), finish == null ? null : LocalDate.parse(finish), null,
                "todo", milestone);
    }
}

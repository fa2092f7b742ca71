package io.worklane.domain.time;

import static io.worklane.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.resource.CostRate;
import io.worklane.domain.resource.CostRates;
import io.worklane.domain.resource.RateUnit;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimeEntryTest {
    private static final UUID WS = UUID.randomUUID();
    private static final CostRates RATES = new CostRates(List.of(
            new CostRate(LocalDate.of(2026, 12, 9), Money.of("90.00", "EUR"), RateUnit.HOUR),
            new CostRate(LocalDate.of(2026, 1, 1), Money.of("80.00", "EUR"), RateUnit.HOUR)));

    private static NewTimeEntry entry(String date, Integer minutes) {
        return new NewTimeEntry(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), date, minutes, null, null);
    }

    @Test
    void an_entry_is_priced_at_the_rate_in_force_on_its_day() {
        assertThat(TimeEntry.create(WS, entry("2026-12-08", 45), RATES, NOW).cost()).isEqualTo(Money.of("60.00", "EUR"));
        assertThat(TimeEntry.create(WS, entry("2026-12-09", 45), RATES, NOW).cost()).isEqualTo(Money.of("67.50", "EUR"));
        assertThat(TimeEntry.create(WS, entry("2025-12-09", 45), RATES, NOW).cost()).isNull();
    }

    @Test
    void entries_are_billable_unless_said_otherwise() {
        assertThat(TimeEntry.create(WS, entry("2026-12-08", 45), RATES, NOW).billable()).isTrue();
    }

    @Test
    void repricing_follows_new_rates() {
        TimeEntry e = TimeEntry.create(WS, entry("2026-12-08", 60), RATES, NOW);
        CostRates raised = new CostRates(List.of(new CostRate(LocalDate.of(2026, 1, 1), Money.of("100", "EUR"),
                RateUnit.HOUR)));
        assertThat(e.repriced(raised).cost()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(e.repriced(CostRates.NONE).cost()).isNull();
    }

    @Test
    void zero_negative_or_more_than_a_day_of_minutes_are_refused() {
        for (Integer minutes : new Integer[] {0, -5, 1441, null}) {
            assertThatThrownBy(() -> TimeEntry.create(WS, entry("2026-12-08", minutes), RATES, NOW))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                            .extracting(f -> f.field() + ":" + f.code()).containsExactly("minutes:MINUTES_OUT_OF_RANGE"));
        }
    }

    @Test
    void an_approval_covers_its_days_and_must_end_after_it_starts() {
        TimeApproval a = TimeApproval.create(WS, UUID.randomUUID(), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 13), "key", NOW);
        assertThat(a.covers(LocalDate.of(2026, 12, 13))).isTrue();
        assertThat(a.covers(LocalDate.of(2026, 12, 14))).isFalse();
        assertThatThrownBy(() -> TimeApproval.create(WS, UUID.randomUUID(), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 6), "key", NOW)).isInstanceOf(DomainException.class);
    }
}

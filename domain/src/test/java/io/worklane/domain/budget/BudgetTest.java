package io.worklane.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BudgetTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static NewBudgetLine line(String category, String amount, String currency) {
        return new NewBudgetLine(category, amount, currency, null);
    }

    private static List<String> codes(String currency, List<String> thresholds, NewBudgetLine... lines) {
        try {
            Budget.create(UUID.randomUUID(), UUID.randomUUID(), new NewBudget(currency, Arrays.asList(lines),
                    thresholds, null), NOW);
        } catch (DomainException e) {
            return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_issue_example_is_a_budget_of_8000_eur_with_the_default_thresholds() {
        Budget b = Budget.create(UUID.randomUUID(), UUID.randomUUID(),
                new NewBudget("EUR", List.of(line("LABOUR", "8000.00", "EUR")), List.of("0.8", "1.0"), null), NOW);
        assertThat(b.atCompletion()).isEqualTo(Money.of("8000.00", "EUR"));
        assertThat(b.thresholds()).extracting(BigDecimal::toPlainString).containsExactly("0.8", "1.0");
        assertThat(b.visibleToMembers()).isFalse();
    }

    @Test
    void thresholds_default_to_80_and_100_percent_and_are_sorted_without_duplicates() {
        Budget b = Budget.create(UUID.randomUUID(), UUID.randomUUID(), new NewBudget("EUR", List.of(), null, true), NOW);
        assertThat(b.thresholds()).extracting(BigDecimal::toPlainString).containsExactly("0.8", "1.0");
        Budget c = Budget.create(UUID.randomUUID(), UUID.randomUUID(),
                new NewBudget("EUR", List.of(), List.of("1", "0.50", "0.5", "1.2"), null), NOW);
        assertThat(c.thresholds()).extracting(BigDecimal::toPlainString).containsExactly("0.5", "1.0", "1.2");
    }

    @Test
    void bad_input_is_refused_with_one_precise_code_per_problem() {
        assertThat(codes("EUR", null, line("LABOUR", "-1.00", "EUR"))).containsExactly("lines[0].planned.amount:NEGATIVE_AMOUNT");
        assertThat(codes("EUR", null, line("LABOUR", "1.001", "EUR"))).containsExactly("lines[0].planned.amount:TOO_MANY_DECIMALS");
        assertThat(codes("XYZ", null)).containsExactly("currency:UNKNOWN_CURRENCY");
        assertThat(codes("EUR", null, line("LABOUR", "1.00", "XYZ"))).containsExactly("lines[0].planned.currency:UNKNOWN_CURRENCY");
        assertThat(codes("EUR", null, line("LABOUR", "1.00", "USD"))).containsExactly("lines[0].planned.currency:CURRENCY_MISMATCH");
        assertThat(codes("EUR", null, line("FOOD", "1.00", "EUR"))).containsExactly("lines[0].category:UNKNOWN_CATEGORY");
        assertThat(codes("EUR", null, line("TRAVEL", "1.00", "EUR"), line("TRAVEL", "2.00", "EUR")))
                .containsExactly("lines[1].category:DUPLICATE_CATEGORY");
        assertThat(codes("EUR", List.of("0", "10.5", "x"))).containsExactly("thresholds[0]:THRESHOLD_OUT_OF_RANGE",
                "thresholds[1]:THRESHOLD_OUT_OF_RANGE", "thresholds[2]:INVALID_THRESHOLD");
        assertThat(codes("JPY", null, line("LABOUR", "1.5", "JPY"))).containsExactly("lines[0].planned.amount:TOO_MANY_DECIMALS");
    }

    @Test
    void phases_must_add_up_to_the_line() {
        List<String> refused = codes("EUR", null, new NewBudgetLine("LABOUR", "1000.00", "EUR",
                Map.of("2026-12", "600.00", "2027-01", "300.00")));
        assertThat(refused).containsExactly("lines[0].phases:PHASES_DO_NOT_SUM");
        assertThat(codes("EUR", null, new NewBudgetLine("LABOUR", "1000.00", "EUR", Map.of("2026-13", "1000.00"))))
                .containsExactly("lines[0].phases.2026-13:INVALID_MONTH");
        Budget ok = Budget.create(UUID.randomUUID(), UUID.randomUUID(), new NewBudget("EUR", List.of(
                new NewBudgetLine("LABOUR", "1000", "EUR", Map.of("2026-12", "600", "2027-01", "400.00"))), null, null), NOW);
        assertThat(ok.lines().get(0).phases()).hasSize(2);
        assertThat(ok.toNew().lines().get(0).phases()).containsEntry("2026-12", "600.00");
    }

    @Test
    void a_change_keeps_identity_and_version() {
        Budget b = Budget.create(UUID.randomUUID(), UUID.randomUUID(), new NewBudget("EUR", List.of(), null, null), NOW);
        Budget changed = b.change(new NewBudget("USD", List.of(line("OTHER", "5", "USD")), List.of("0.9"), true), NOW);
        assertThat(changed.id()).isEqualTo(b.id());
        assertThat(changed.atCompletion()).isEqualTo(Money.of("5.00", "USD"));
        assertThat(changed.visibleToMembers()).isTrue();
    }
}

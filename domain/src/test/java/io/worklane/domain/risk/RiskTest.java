package io.worklane.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RiskTest {
    private static final UUID WS = UUID.randomUUID();
    private static final UUID PROJECT = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    static Risk aRisk(int probability, int impact) {
        return Risk.create(WS, PROJECT, new NewRisk("Supplier fails", null, null, probability, impact, null, null, null,
                null, null, List.of()), T0);
    }

    static RiskChanges only(Change<Integer> probability, Change<RiskStatus> status) {
        return new RiskChanges(Change.absent(), Change.absent(), Change.absent(), probability, Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.absent(), status, Change.absent());
    }

    @Test
    void exposure_is_probability_times_impact() {
        assertThat(aRisk(2, 5).exposure()).isEqualTo(10);
        assertThat(aRisk(5, 5).exposure()).isEqualTo(25);
        assertThat(aRisk(2, 5).status()).isEqualTo(RiskStatus.IDENTIFIED);
    }

    @Test
    void a_risk_belongs_to_exactly_one_project_or_portfolio_and_keeps_it_through_changes() {
        UUID portfolio = UUID.randomUUID();
        NewRisk funding = new NewRisk("Funding cut", null, null, 3, 4, null, null, null, null, null, List.of());
        Risk ofPortfolio = Risk.ofPortfolio(WS, portfolio, funding, T0);
        assertThat(ofPortfolio.portfolioId()).isEqualTo(portfolio);
        assertThat(ofPortfolio.projectId()).isNull();
        assertThat(ofPortfolio.ofAPortfolio()).isTrue();
        assertThat(ofPortfolio.exposure()).isEqualTo(12);
        Risk closed = ofPortfolio.change(only(Change.to(5), Change.to(RiskStatus.CLOSED)), T0.plusSeconds(60));
        assertThat(closed.portfolioId()).isEqualTo(portfolio);
        assertThat(closed.exposure()).isEqualTo(20);
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(aRisk(1, 1).ofAPortfolio()).isFalse();
        assertThatThrownBy(() -> Risk.create(WS, null, funding, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Risk.ofPortfolio(WS, null, funding, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void probability_and_impact_stay_on_the_one_to_five_scale() {
        assertThatThrownBy(() -> aRisk(0, 3)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).errors()).extracting(FieldError::field)
                        .containsExactly("probability"));
        assertThatThrownBy(() -> aRisk(3, 6)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> aRisk(3, 3).change(only(Change.to(6), Change.absent()), T0))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void leaving_the_open_statuses_stamps_closed_at_and_reopening_clears_it() {
        Instant later = T0.plusSeconds(60);
        Risk closed = aRisk(3, 3).change(only(Change.absent(), Change.to(RiskStatus.CLOSED)), later);
        assertThat(closed.closedAt()).isEqualTo(later);
        assertThat(RiskFields.kindOf(aRisk(3, 3), closed)).isEqualTo("closed");
        Risk reopened = closed.change(only(Change.absent(), Change.to(RiskStatus.MITIGATING)), later.plusSeconds(1));
        assertThat(reopened.closedAt()).isNull();
        assertThat(RiskFields.kindOf(closed, reopened)).isEqualTo("reopened");
    }

    @Test
    void the_history_records_each_changed_field_with_exposure() {
        Risk before = aRisk(2, 4);
        Risk after = before.change(only(Change.to(4), Change.absent()), T0);
        var diff = RiskFields.diff(before, after);
        assertThat(diff.keySet()).containsExactly("probability", "exposure");
        assertThat(diff.get("exposure")).containsEntry("before", 8).containsEntry("after", 16);
    }

    @Test
    void the_matrix_counts_cells_and_totals() {
        RiskMatrix m = RiskMatrix.of(List.of(new RiskMatrix.Cell(5, 5, 2), new RiskMatrix.Cell(1, 3, 1)));
        assertThat(m.count(5, 5)).isEqualTo(2);
        assertThat(m.count(1, 3)).isEqualTo(1);
        assertThat(m.total()).isEqualTo(3);
        assertThat(m.cells()).hasSize(25);
    }
}

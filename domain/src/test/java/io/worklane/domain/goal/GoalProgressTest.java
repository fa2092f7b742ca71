package io.worklane.domain.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Progress of key results and goals against figures worked out by hand (docs/goals.md). */
class GoalProgressTest {
    private static final Instant NOW = Instant.parse("2027-01-10T00:00:00Z");
    private static final UUID WS = UUID.randomUUID();

    @Test
    void aKeyResultMovesFromStartToTargetEitherWayAndIsClamped() {
        assertThat(shown(kr(KeyResultKind.NUMBER, "0", "200", "50"))).isEqualTo("0.2500");
        // a decrease: 5 % → 2 %, now 3.5 %
        assertThat(shown(kr(KeyResultKind.PERCENT, "5", "2", "3.5"))).isEqualTo("0.5000");
        assertThat(shown(kr(KeyResultKind.PERCENT, "5", "2", "1"))).isEqualTo("1.0000");
        assertThat(shown(kr(KeyResultKind.NUMBER, "10", "20", "4"))).isEqualTo("0.0000");
        assertThat(shown(kr(KeyResultKind.CURRENCY, "1000", "2000", "1333.33"))).isEqualTo("0.3333");
        assertThat(shown(kr(KeyResultKind.NUMBER, "7", "7", "7"))).isEqualTo("1.0000");
        assertThat(shown(kr(KeyResultKind.NUMBER, "7", "7", "6"))).isEqualTo("0.0000");
    }

    @Test
    void booleanIsDoneOrNotAndWorkIsDoneOverAll() {
        KeyResult done = kr(KeyResultKind.BOOLEAN, null, null, null);
        assertThat(shown(done)).isEqualTo("0.0000");
        assertThat(shown(done.checkIn(BigDecimal.ONE, NOW))).isEqualTo("1.0000");
        KeyResult work = kr(KeyResultKind.WORK, null, null, null);
        assertThat(Progress.shown(Progress.of(work, 300, 800))).isEqualTo("0.3750");
        assertThat(Progress.shown(Progress.of(work, 0, 0))).isEqualTo("0.0000");
        assertThatThrownBy(() -> work.checkIn(BigDecimal.ONE, NOW)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo(ErrorCode.KEY_RESULT_DERIVED);
    }

    @Test
    void aGoalIsTheMeanOfItsKeyResultsAndChildGoalsLeavingOutCancelledOnes() {
        Goal grow = goal("Grow", null, GoalStatus.ON_TRACK);
        Goal sell = goal("Sell", grow.id(), GoalStatus.AT_RISK);
        Goal dropped = goal("Dropped", grow.id(), GoalStatus.CANCELLED);
        Goal empty = goal("Empty", grow.id(), GoalStatus.ON_TRACK);
        KeyResult launched = kr(KeyResultKind.BOOLEAN, null, null, null).checkIn(BigDecimal.ONE, NOW);
        KeyResult deals = kr(KeyResultKind.NUMBER, "0", "200", "50");
        KeyResult churn = kr(KeyResultKind.PERCENT, "5", "2", "3.5");
        KeyResult revenue = kr(KeyResultKind.CURRENCY, "1000", "2000", "2500");
        KeyResult zero = kr(KeyResultKind.NUMBER, "0", "1", "0");
        Map<UUID, List<KeyResult>> krs = Map.of(grow.id(), List.of(launched), sell.id(), List.of(deals, churn,
                revenue), dropped.id(), List.of(zero));
        Map<UUID, BigDecimal> each = new java.util.HashMap<>();
        krs.values().forEach(l -> l.forEach(k -> each.put(k.id(), Progress.of(k, 0, 0))));

        GoalRollup rollup = new GoalRollup(List.of(grow, sell, dropped, empty), krs, each);

        assertThat(Progress.shown(rollup.progress(sell.id()))).isEqualTo("0.5833"); // (0.25 + 0.5 + 1) ÷ 3
        assertThat(rollup.progress(empty.id())).isNull();
        assertThat(Progress.shown(rollup.progress(dropped.id()))).isEqualTo("0.0000");
        // (1 + 0.58333…) ÷ 2: "Dropped" is cancelled, "Empty" has no progress
        assertThat(Progress.shown(rollup.progress(grow.id()))).isEqualTo("0.7917");
    }

    @Test
    void nestingRefusesCyclesAndDepth() {
        UUID goal = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThatThrownBy(() -> GoalNesting.check(goal, "G", List.of(other, goal), 1)).extracting("code")
                .isEqualTo(ErrorCode.GOAL_CYCLE);
        assertThatThrownBy(() -> GoalNesting.check(goal, "G", List.of(other, UUID.randomUUID()), 4))
                .extracting("code").isEqualTo(ErrorCode.GOAL_TOO_DEEP);
        GoalNesting.check(goal, "G", List.of(other, UUID.randomUUID()), 3);
        assertThatThrownBy(() -> goal("G", null, GoalStatus.ON_TRACK).change(new GoalChanges(
                io.worklane.domain.shared.Change.absent(), io.worklane.domain.shared.Change.absent(),
                io.worklane.domain.shared.Change.absent(), io.worklane.domain.shared.Change.to(LocalDate.of(2028, 1, 1)),
                io.worklane.domain.shared.Change.absent(), io.worklane.domain.shared.Change.absent(),
                io.worklane.domain.shared.Change.absent()), NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void theLevelsOfASubtreeCountTheGoalAndTheDeepestChain() {
        Goal top = goal("Top", null, GoalStatus.ON_TRACK);
        Goal child = goal("Child", top.id(), GoalStatus.ON_TRACK);
        Goal grandchild = goal("Grandchild", child.id(), GoalStatus.ON_TRACK);
        Goal sibling = goal("Sibling", top.id(), GoalStatus.ON_TRACK);
        assertThat(GoalNesting.levels(List.of(top, child, grandchild, sibling), top.id())).isEqualTo(3);
        assertThat(GoalNesting.levels(List.of(child, grandchild), child.id())).isEqualTo(2);
        assertThat(GoalNesting.levels(List.of(sibling), sibling.id())).isEqualTo(1);
    }

    private static String shown(KeyResult kr) {
        return Progress.shown(Progress.of(kr, 0, 0)).toPlainString();
    }

    private static KeyResult kr(KeyResultKind kind, String start, String target, String current) {
        return KeyResult.create(WS, UUID.randomUUID(), "KR", kind, kind == KeyResultKind.CURRENCY ? "EUR" : null,
                dec(start), dec(target), dec(current), NOW);
    }

    private static Goal goal(String title, UUID parent, GoalStatus status) {
        return Goal.create(WS, new NewGoal(title, null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                parent, status), NOW);
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}

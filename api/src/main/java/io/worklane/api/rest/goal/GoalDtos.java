package io.worklane.api.rest.goal;

import io.worklane.api.application.goal.ShownGoal;
import io.worklane.domain.goal.CheckIn;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.KeyResult;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.CheckInList;
import io.worklane.openapi.model.GoalList;
import io.worklane.openapi.model.GoalProject;
import io.worklane.openapi.model.GoalStatus;
import io.worklane.openapi.model.KeyResultKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Goals, key results and check-ins as the REST contract shows them. */
final class GoalDtos {
    private GoalDtos() {
    }

    static io.worklane.openapi.model.Goal goal(ShownGoal shown) {
        Goal g = shown.goal();
        return new io.worklane.openapi.model.Goal().id(g.id()).title(g.title()).description(g.description())
                .owner(g.ownerId()).periodStart(g.periodStart()).periodEnd(g.periodEnd()).parent(g.parentId())
                .status(GoalStatus.fromValue(g.status().name())).progress(ratio(shown.progress()))
                .keyResults(shown.keyResults().stream().map(GoalDtos::keyResult).toList())
                .projects(shown.projects().stream().map(p -> new GoalProject().id(p.id()).key(p.key()).name(p.name()))
                        .toList())
                .portfolios(g.portfolioIds()).createdAt(time(g.createdAt())).updatedAt(time(g.updatedAt()))
                .version(g.version());
    }

    static GoalList goals(Page<ShownGoal> page) {
        return new GoalList().items(page.items().stream().map(GoalDtos::goal).toList()).nextCursor(page.nextCursor());
    }

    static GoalList goals(List<ShownGoal> all) {
        return new GoalList().items(all.stream().map(GoalDtos::goal).toList());
    }

    static io.worklane.openapi.model.KeyResult keyResult(ShownGoal.Measured m) {
        KeyResult kr = m.keyResult();
        return new io.worklane.openapi.model.KeyResult().id(kr.id()).goalId(kr.goalId()).title(kr.title())
                .kind(KeyResultKind.fromValue(kr.kind().name())).currency(kr.currency()).start(text(kr.start()))
                .target(text(kr.target())).current(text(kr.current())).progress(ratio(m.progress()))
                .createdAt(time(kr.createdAt())).updatedAt(time(kr.updatedAt())).version(kr.version());
    }

    static io.worklane.openapi.model.CheckIn checkIn(CheckIn c) {
        return new io.worklane.openapi.model.CheckIn().id(c.id()).keyResultId(c.keyResultId()).value(text(c.value()))
                .previous(text(c.previous())).note(c.note())
                .actor(new Actor().kind(ActorKind.fromValue(c.actor().kind().name())).id(c.actor().id())
                        .name(c.actor().name()))
                .createdAt(time(c.createdAt()));
    }

    static CheckInList checkIns(Page<CheckIn> page) {
        return new CheckInList().items(page.items().stream().map(GoalDtos::checkIn).toList())
                .nextCursor(page.nextCursor());
    }

    /** A value as a decimal string without trailing zeros: "5", "2.5" (stored with 4 decimals). */
    static String text(BigDecimal value) {
        return value == null ? null : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Progress keeps its 4 decimals: "0.5000". */
    static String ratio(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}

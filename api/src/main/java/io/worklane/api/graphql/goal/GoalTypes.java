package io.worklane.api.graphql.goal;

import io.worklane.api.application.goal.ShownGoal;
import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.goal.CheckIn;
import io.worklane.domain.shared.Page;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL shapes of goals (the same as REST's). */
final class GoalTypes {
    static final String SORT = "createdAt";

    private GoalTypes() {
    }

    @Enum("GoalStatus")
    @Description("What the goal's owner says of it (set by people; progress is measured beside it). A CANCELLED child "
            + "goal is left out of its parent's progress.")
    public enum Status { ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, MISSED, CANCELLED }

    @Enum("KeyResultKind")
    @Description("NUMBER, PERCENT, CURRENCY: from start to target by check-ins; BOOLEAN: done or not (0 → 1); WORK: "
            + "derived from the goal's linked projects (done estimate ÷ all), no check-ins.")
    public enum Kind { NUMBER, PERCENT, CURRENCY, BOOLEAN, WORK }

    @Type("GoalPayload")
    @Description("What the goal mutations answer.")
    public record Payload(@NonNull @Description("The goal.") GoalView goal) {
    }

    @Type("KeyResultPayload")
    @Description("What the key result mutations answer.")
    public record KeyResultPayload(@NonNull @Description("The key result.") KeyResultView keyResult) {
    }

    @Type("CheckIn")
    @Description("A check-in of a key result, kept (REST: …/key-results/{id}/check-ins).")
    public record CheckInView(@NonNull @Id @Description("The check-in's id.") String id,
                              @NonNull @Description("The value it set (decimal string; BOOLEAN 1 or 0).") String value,
                              @NonNull @Description("The key result's value before.") String previous,
                              @Description("Why.") String note,
                              @Description("Who checked in (name).") String by,
                              @NonNull Instant createdAt) {
        static CheckInView of(CheckIn c) {
            return new CheckInView(c.id().toString(), KeyResultView.text(c.value()), KeyResultView.text(c.previous()),
                    c.note(), c.actor().name(), c.createdAt());
        }
    }

    @Type("CheckInPayload")
    @Description("What createCheckIn answers: the check-in and the key result as it is now.")
    public record CheckInPayload(@NonNull @Description("The check-in, kept.") CheckInView checkIn,
                                 @NonNull @Description("The key result as it is now.") KeyResultView keyResult) {
    }

    @Type("GoalEdge")
    @Description("A goal and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to continue after it.") String cursor,
                       @NonNull @Description("The goal.") GoalView node) {
    }

    @Type("GoalConnection")
    @Description("Goals, oldest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more.") PageInfo pageInfo) {
        static Connection of(Page<ShownGoal> page) {
            return Paging.connection(page, g -> Paging.cursor(SORT, Paging.timestamp(g.goal().createdAt()),
                    g.goal().id()), (cursor, g) -> new Edge(cursor, new GoalView(g)), Connection::new);
        }
    }
}

package io.worklane.api.graphql.goal;

import io.worklane.api.application.goal.ShownGoal;
import io.worklane.domain.goal.KeyResult;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("KeyResult")
@Description("A measurable result of a goal, from start to target (REST: …/key-results/{id}).")
public class KeyResultView {
    @Ignore
    private final ShownGoal.Measured measured;

    public KeyResultView(ShownGoal.Measured measured) {
        this.measured = measured;
    }

    /** The key result itself, for the fields resolved beside this type (checkIns). */
    @Ignore
    public KeyResult domain() {
        return measured.keyResult();
    }

    @Id
    @NonNull
    @Description("The key result's id.")
    public String getId() {
        return domain().id().toString();
    }

    @Id
    @NonNull
    @Description("Its goal.")
    public String getGoal() {
        return domain().goalId().toString();
    }

    @NonNull
    @Description("1 to 200 characters.")
    public String getTitle() {
        return domain().title();
    }

    @NonNull
    @Description("How it is measured.")
    public GoalTypes.Kind getKind() {
        return GoalTypes.Kind.valueOf(domain().kind().name());
    }

    @Description("ISO 4217, CURRENCY only.")
    public String getCurrency() {
        return domain().currency();
    }

    @NonNull
    @Description("Decimal string (BOOLEAN and WORK: 0).")
    public String getStart() {
        return text(domain().start());
    }

    @NonNull
    @Description("Decimal string (BOOLEAN and WORK: 1).")
    public String getTarget() {
        return text(domain().target());
    }

    @NonNull
    @Description("Decimal string: the latest check-in's value.")
    public String getCurrent() {
        return text(domain().current());
    }

    @Description("0 to 1, 4 decimals: (current − start) ÷ (target − start), clamped (WORK: done estimate ÷ all).")
    public String getProgress() {
        return measured.progress() == null ? null : measured.progress().toPlainString();
    }

    @Description("Its version, for expectedVersion.")
    public int getVersion() {
        return (int) domain().version();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return domain().updatedAt();
    }

    static String text(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

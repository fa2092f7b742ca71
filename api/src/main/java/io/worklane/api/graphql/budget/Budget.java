package io.worklane.api.graphql.budget;

import io.worklane.api.graphql.shared.Money;

import io.worklane.api.application.budget.BudgetService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a budget; its summary is resolved by {@link BudgetApi}. */
@Description("The planned money of a project: lines by category, optionally phased by month, and alert thresholds.")
public class Budget {
    @Ignore
    private final BudgetService.Shown shown;

    public Budget(BudgetService.Shown shown) {
        this.shown = shown;
    }

    @Ignore
    public BudgetService.Shown shown() {
        return shown;
    }

    @Id
    @NonNull
    @Description("The budget's id (a UUID).")
    public String getId() {
        return shown.budget().id().toString();
    }

    @Id
    @NonNull
    @Description("The project the budget is for (a project has at most one).")
    public String getProjectId() {
        return shown.project().id().toString();
    }

    @NonNull
    @Description("The key of that project, e.g. ENG.")
    public String getProjectKey() {
        return shown.project().key();
    }

    @NonNull
    @Description("The ISO 4217 code every figure of the budget is in; costs in other currencies are converted "
            + "with the workspace's exchange rates.")
    public String getCurrency() {
        return shown.budget().currency();
    }

    @NonNull
    @Description("The planned amounts, one line per cost category.")
    public List<BudgetTypes.@NonNull Line> getLines() {
        return shown.budget().lines().stream().map(l -> new BudgetTypes.Line(
                BudgetTypes.Category.valueOf(l.category().name()), Money.of(l.planned()),
                l.phases().entrySet().stream().map(e -> new BudgetTypes.Phase(e.getKey().toString(),
                        e.getValue().toPlainString())).toList())).toList();
    }

    @NonNull
    @Description("Fractions of the planned total (0.8 = 80 %) whose crossing emits budget.threshold_crossed.")
    public List<@NonNull String> getThresholds() {
        return shown.budget().thresholds().stream().map(BigDecimal::toPlainString).toList();
    }

    @Description("Whether the project's MEMBERs see the budget and its costs (owners, admins and the lead always do).")
    public boolean isVisibleToMembers() {
        return shown.budget().visibleToMembers();
    }

    @NonNull
    @Description("The sum of the lines (BAC).")
    public Money getPlanned() {
        return Money.of(shown.budget().atCompletion());
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) shown.budget().version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return shown.budget().createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return shown.budget().updatedAt();
    }
}

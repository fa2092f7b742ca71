package io.worklane.api.graphql.goal;

import io.worklane.api.application.goal.ShownGoal;
import io.worklane.api.graphql.project.Project;
import io.worklane.domain.goal.Goal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Goal")
@Description("An objective for a period, measured by its key results and child goals (REST: …/goals; docs/goals.md).")
public class GoalView {
    @Ignore
    private final ShownGoal shown;

    public GoalView(ShownGoal shown) {
        this.shown = shown;
    }

    @Ignore
    private Goal goal() {
        return shown.goal();
    }

    @Id
    @NonNull
    @Description("The goal's id.")
    public String getId() {
        return goal().id().toString();
    }

    @NonNull
    @Description("1 to 200 characters.")
    public String getTitle() {
        return goal().title();
    }

    @Description("What the goal means, how it is judged.")
    public String getDescription() {
        return goal().description();
    }

    @Id
    @Description("The member who owns it.")
    public String getOwner() {
        return goal().ownerId() == null ? null : goal().ownerId().toString();
    }

    @NonNull
    @Description("The period's first day.")
    public LocalDate getPeriodStart() {
        return goal().periodStart();
    }

    @NonNull
    @Description("The period's last day.")
    public LocalDate getPeriodEnd() {
        return goal().periodEnd();
    }

    @Id
    @Description("The goal it is under.")
    public String getParent() {
        return goal().parentId() == null ? null : goal().parentId().toString();
    }

    @NonNull
    @Description("What its owner says of it.")
    public GoalTypes.Status getStatus() {
        return GoalTypes.Status.valueOf(goal().status().name());
    }

    @Description("0 to 1, 4 decimals: the mean of its key results' and child goals' progress; null with neither.")
    public String getProgress() {
        return shown.progress() == null ? null : shown.progress().toPlainString();
    }

    @NonNull
    @Description("Its key results, oldest first: at most 25, so a plain list.")
    public List<@NonNull KeyResultView> getKeyResults() {
        return shown.keyResults().stream().map(KeyResultView::new).toList();
    }

    @NonNull
    @Description("The projects that serve it, in the order they were linked (at most 100).")
    public List<@NonNull Project> getProjects() {
        return shown.projects().stream().map(Project::new).toList();
    }

    @NonNull
    @Id
    @Description("The ids of the portfolios that serve it (at most 100).")
    public List<@NonNull String> getPortfolios() {
        return goal().portfolioIds().stream().map(Object::toString).toList();
    }

    @Description("Its version, for expectedVersion.")
    public int getVersion() {
        return (int) goal().version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return goal().createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return goal().updatedAt();
    }
}

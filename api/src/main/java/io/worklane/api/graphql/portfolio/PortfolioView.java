package io.worklane.api.graphql.portfolio;

import io.worklane.api.application.portfolio.ShownPortfolio;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Node;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Portfolio")
@Description("A program: projects ranked by priority, optionally nested under a parent portfolio, rolled up in its "
        + "currency (REST: …/portfolios).")
public class PortfolioView implements Node {
    @Ignore
    private final ShownPortfolio shown;

    public PortfolioView(ShownPortfolio shown) {
        this.shown = shown;
    }

    @Ignore
    public ShownPortfolio domain() {
        return shown;
    }

    @Id
    @NonNull
    @Description("The portfolio's id.")
    public String getId() {
        return shown.portfolio().id().toString();
    }

    @NonNull
    @Description("1 to 200 characters.")
    public String getName() {
        return shown.portfolio().name();
    }

    @Description("What the program is for.")
    public String getDescription() {
        return shown.portfolio().description();
    }

    @Id
    @Description("The member who owns it.")
    public String getOwner() {
        return shown.portfolio().ownerId() == null ? null : shown.portfolio().ownerId().toString();
    }

    @NonNull
    @Description("ISO 4217: the currency its roll-ups are shown in.")
    public String getCurrency() {
        return shown.portfolio().currency();
    }

    @Id
    @Description("The portfolio it is nested under.")
    public String getParent() {
        return shown.portfolio().parentId() == null ? null : shown.portfolio().parentId().toString();
    }

    @NonNull
    @Description("Its projects by rank, highest priority first: at most 200, so a plain list in rank order.")
    public List<PortfolioTypes.@NonNull RankedProject> getProjects() {
        return shown.projects().stream().map(p -> new PortfolioTypes.RankedProject(
                shown.portfolio().rankOf(p.id()), new Project(p))).toList();
    }

    @Description("Its version, for expectedVersion.")
    public int getVersion() {
        return (int) shown.portfolio().version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return shown.portfolio().createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return shown.portfolio().updatedAt();
    }
}
